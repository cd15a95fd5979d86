package org.kintsugi.core.internal.statistics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.referral.ReferralTerms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Case counts for commissioners and administrators: no personal data, only cases whose person harmed
 * consented to aggregate statistics, and small counts withheld (SmallCounts).
 */
@Component(service = CaseStatistics.class)
public class CaseStatistics {
    /** The dimensions a table may be grouped by, and the case field behind each. */
    enum Dimension {
        REGION("c.regionCode"), STAGE("c.stage"), OFFENCE_CATEGORY("c.offenceCategory"), LED_BY("c.ledBy");

        final String field;

        Dimension(String field) {
            this.field = field;
        }
    }

    private final JpaTemplate jpa;

    @Activate
    public CaseStatistics(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public StatisticsView cases(Caller caller, String groupBy) {
        if (!caller.hasAnyRole(Role.COMMISSIONER, Role.NATIONAL_ADMIN, Role.HUB_ADMIN)) {
            throw ProblemException.forbidden("Figures are for commissioners and administrators.");
        }
        Dimension dimension = dimension(groupBy);
        return jpa.txExpr(TransactionType.Required, em -> {
            Set<String> regions = regions(em, caller);
            Map<String, Long> counts = new LinkedHashMap<>();
            keys(dimension, regions).forEach(key -> counts.put(key, 0L));
            if (!regions.isEmpty()) {
                em.createQuery("select " + dimension.field + ", count(c) from CaseRecord c where c.regionCode in :regions "
                        + "and c.id in (select k.caseId from CaseConsent k, CaseParticipant p where k.participantId = p.id "
                        + "and p.role = :harmed and k.purpose = :statistics and k.withdrawnAt is null) group by "
                        + dimension.field, Object[].class).setParameter("regions", regions)
                        .setParameter("harmed", ParticipantRole.PERSON_HARMED)
                        .setParameter("statistics", CaseTerms.ConsentPurpose.AGGREGATE_STATISTICS).getResultList()
                        .forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
            }
            return new StatisticsView(dimension.name(), SmallCounts.suppress(counts));
        });
    }

    private static Dimension dimension(String groupBy) {
        try {
            return Dimension.valueOf(groupBy == null ? "" : groupBy);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(FieldProblem.oneOf("groupBy", Arrays.asList(Dimension.values())));
        }
    }

    /** Every possible key, so a zero is shown as zero and the table's shape gives nothing away. */
    private static List<String> keys(Dimension dimension, Set<String> regions) {
        switch (dimension) {
            case REGION:
                return List.copyOf(regions);
            case STAGE:
                return Arrays.stream(CaseStage.values()).map(Enum::name).collect(Collectors.toList());
            case OFFENCE_CATEGORY:
                return Arrays.stream(ReferralTerms.OffenceCategory.values()).map(Enum::name).collect(Collectors.toList());
            default:
                return Arrays.stream(ReferralTerms.LedBy.values()).map(Enum::name).collect(Collectors.toList());
        }
    }

    private static Set<String> regions(EntityManager em, Caller caller) {
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return new TreeSet<>(em.createQuery("select r.code from Region r", String.class).getResultList());
        }
        return new TreeSet<>(caller.regions());
    }
}
