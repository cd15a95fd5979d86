package org.kintsugi.core.internal.modules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.db.RequestMemo;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.coordinator.Coordinator;

/**
 * Which regions offer which module. Read from the database on every module request, so a change
 * made on one node applies on all of them at once; once a request, which it then remembers ({@link RequestMemo}).
 */
@Component(service = ModuleEnablement.class)
public class ModuleEnablement {
    private final JpaTemplate jpa;
    private final Coordinator coordinator;

    @Activate
    public ModuleEnablement(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference Coordinator coordinator) {
        this.jpa = jpa;
        this.coordinator = coordinator;
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
        Set<String> enabled = Set.copyOf(jpa.txExpr(TransactionType.Required, em -> em.createQuery("select m.regionCode "
                + "from ModuleRegion m where m.moduleId = :module and m.enabled = true and m.regionCode in :regions",
                String.class).setParameter("module", moduleId).setParameter("regions", regions).getResultList()));
        // The request's own case is nearly always in one of the caller's regions: its module's check is answered.
        regions.forEach(region -> RequestMemo.remember(coordinator, key(moduleId, region), enabled.contains(region)));
        return !enabled.isEmpty();
    }

    public boolean enabledIn(String moduleId, String regionCode) {
        return (Boolean) RequestMemo.recall(coordinator, key(moduleId, regionCode)).orElseGet(() -> {
            boolean enabled = jpa.txExpr(TransactionType.Required, em -> {
                ModuleRegion row = em.find(ModuleRegion.class, new ModuleRegion.Key(moduleId, regionCode));
                return row != null && row.isEnabled();
            });
            RequestMemo.remember(coordinator, key(moduleId, regionCode), enabled);
            return enabled;
        });
    }

    private static List<Object> key(String moduleId, String regionCode) {
        return RequestMemo.key(ModuleEnablement.class, moduleId, regionCode);
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
        RequestMemo.remember(coordinator, key(moduleId, regionCode), enabled); // the rest of this request sees the change
    }
}
