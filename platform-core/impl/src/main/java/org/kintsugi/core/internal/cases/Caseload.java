package org.kintsugi.core.internal.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.persistence.Query;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The caller's caseload: scoped, filtered, sorted and counted in the database. */
@Component(service = Caseload.class)
public class Caseload {
    /** The longest reference a search takes: as long as the column. */
    static final int MAX_REFERENCE = 60;

    /** NEWEST and OLDEST by opening; DUE puts the earliest open task first, overdue ones at the top. */
    public enum Sort { NEWEST, OLDEST, DUE }

    /** What the list is narrowed to; absent fields narrow nothing. Nothing widens the caller's scope. */
    public static final class Filter {
        CaseStage stage;
        CaseHold hold;
        String region;
        /** The start of a case reference, as a LIKE pattern (upper case, wildcards escaped). */
        String reference;
        Sort sort = Sort.NEWEST;

        /** True when only the caller's scope narrows the list (the order does not narrow it). */
        boolean narrowsNothing() {
            return stage == null && hold == null && region == null && reference == null;
        }

        public static Filter parse(String stage, String hold, String region, String sort, String reference) {
            Filter filter = new Filter();
            filter.reference = referencePattern(reference);
            filter.stage = stage == null ? null : parse(CaseStage.class, "stage", stage);
            filter.hold = hold == null ? null : parse(CaseHold.class, "hold", hold);
            filter.region = region;
            filter.sort = sort == null ? Sort.NEWEST : parse(Sort.class, "sort", sort);
            return filter;
        }

        /** A whole reference or its beginning, in any case: {@code hub-north-2026} finds that region's year. */
        private static String referencePattern(String reference) {
            if (reference == null || reference.isBlank()) {
                return null;
            }
            String wanted = reference.strip().toUpperCase(Locale.ROOT);
            if (wanted.length() > MAX_REFERENCE) {
                throw ProblemException.invalid(FieldProblem.atMost("reference", MAX_REFERENCE));
            }
            return wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(FieldProblem.oneOf(field, Arrays.asList(type.getEnumConstants())));
            }
        }
    }

    /** One page and the number of cases matching in all. */
    public static final class Page {
        public final List<CaseViews.Summary> items;
        public final long total;

        Page(List<CaseViews.Summary> items, long total) {
            this.items = items;
            this.total = total;
        }
    }

    private final JpaTemplate jpa;

    @Activate
    public Caseload(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public Page list(Caller caller, Filter filter, int limit, int offset) {
        if (!CaseScope.mayList(caller)) {
            throw ProblemException.forbidden("Your role does not work on cases.");
        }
        String where = CaseScope.condition(caller) + (filter.stage == null ? "" : " and c.stage = :stage")
                + (filter.hold == null ? "" : " and c.hold = :hold") + (filter.region == null ? "" : " and c.regionCode = :region")
                + (filter.reference == null ? "" : " and c.reference like :reference escape '\\'");
        return jpa.txExpr(TransactionType.Required, em -> {
            // The team is a query of its own: looked up once for both the count and the page.
            List<String> team = CaseScope.scopeTeam(em, caller);
            long total = filter.narrowsNothing() && CaseScope.onlyFacilitated(caller)
                    ? CaseScope.countFacilitated(em, team)
                    : bind(em.createQuery("select count(c) from CaseRecord c where " + where, Long.class), caller, team,
                            filter).getSingleResult();
            List<CaseRecord> rows = bind(em.createQuery("select c from CaseRecord c where " + where + order(filter.sort),
                    CaseRecord.class), caller, team, filter).setFirstResult(offset).setMaxResults(limit).getResultList();
            return new Page(rows.stream().map(CaseViews.Summary::new).collect(Collectors.toList()), total);
        });
    }

    private static String order(Sort sort) {
        switch (sort) {
            case OLDEST:
                return " order by c.openedAt asc, c.id";
            case DUE:
                return " order by c.nextDueOn asc nulls last, c.openedAt asc, c.id";
            default:
                return " order by c.openedAt desc, c.id";
        }
    }

    private static <Q extends Query> Q bind(Q query, Caller caller, List<String> team, Filter filter) {
        CaseScope.bindScope(query, caller, team);
        if (filter.stage != null) {
            query.setParameter("stage", filter.stage);
        }
        if (filter.hold != null) {
            query.setParameter("hold", filter.hold);
        }
        if (filter.region != null) {
            query.setParameter("region", filter.region);
        }
        if (filter.reference != null) {
            query.setParameter("reference", filter.reference);
        }
        return query;
    }
}
