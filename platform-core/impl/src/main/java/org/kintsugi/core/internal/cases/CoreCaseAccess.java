package org.kintsugi.core.internal.cases;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.db.CoreSchemaReady;
import org.kintsugi.core.spi.cases.CaseAccess;
import org.kintsugi.core.spi.cases.CaseParty;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Cases as modules see them: the same scope as the core's own endpoints, and no personal details. */
@Component(service = CaseAccess.class)
public class CoreCaseAccess implements CaseAccess {
    private final JpaTemplate jpa;

    @Activate
    public CoreCaseAccess(@Reference(target = "(osgi.unit.name=kintsugi-core)") JpaTemplate jpa,
            @Reference CoreSchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<CaseSnapshot> visible(Caller caller, String caseId) {
        if (caller == null || caseId == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = em.find(CaseRecord.class, caseId);
            if (record == null || !CaseScope.visible(em, caller, record)) {
                return Optional.empty();
            }
            List<CaseParty> parties = em.createQuery("select p from CaseParticipant p where p.caseId = :case "
                    + "order by p.addedAt, p.role", CaseParticipant.class).setParameter("case", caseId).getResultList()
                    .stream().map(p -> new CaseParty(p.getId(), p.getRole(), p.getUserId())).collect(Collectors.toList());
            boolean practises = caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR)
                    && CaseScope.worksOn(em, caller, record);
            return Optional.of(new CaseSnapshot(caseId, record.getRegionCode(), record.getStage(), record.getHold(),
                    record.isSpecialRisk(), parties, practises));
        });
    }
}
