package org.kintsugi.core.internal.modules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Which regions offer which module. Read from the database on every module request, so a change
 * made on one node applies on all of them at once.
 */
@Component(service = ModuleEnablement.class)
public class ModuleEnablement {
    private final JpaTemplate jpa;

    @Activate
    public ModuleEnablement(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** National staff see every installed module; everyone else needs it enabled in one of their regions. */
    public boolean availableTo(String moduleId, Caller caller) {
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return true;
        }
        Set<String> regions = caller.regions();
        if (regions.isEmpty()) {
            return false;
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select count(m) from ModuleRegion m "
                + "where m.moduleId = :module and m.enabled = true and m.regionCode in :regions", Long.class)
                .setParameter("module", moduleId).setParameter("regions", regions).getSingleResult() > 0);
    }

    public boolean enabledIn(String moduleId, String regionCode) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ModuleRegion row = em.find(ModuleRegion.class, new ModuleRegion.Key(moduleId, regionCode));
            return row != null && row.isEnabled();
        });
    }

    /** Regions where the module is enabled. */
    public List<String> enabledRegions(String moduleId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select m.regionCode from ModuleRegion m "
                + "where m.moduleId = :module and m.enabled = true order by m.regionCode", String.class)
                .setParameter("module", moduleId).getResultList());
    }

    public void set(String moduleId, String regionCode, boolean enabled, String by) {
        jpa.tx(TransactionType.Required, em -> {
            ModuleRegion row = em.find(ModuleRegion.class, new ModuleRegion.Key(moduleId, regionCode));
            if (row == null) {
                row = new ModuleRegion(moduleId, regionCode);
                em.persist(row);
            }
            row.set(enabled, by, Instant.now());
        });
    }
}
