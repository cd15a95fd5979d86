package org.kintsugi.letterexchange.internal.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.kintsugi.core.spi.cases.VisibleCases;
import org.kintsugi.letterexchange.internal.store.LetterItem;

/**
 * One page of a working list across cases, scoped, narrowed, paged and counted by the database: a list
 * such as everything delivered grows without end, so it is never read whole. The scope is the core's
 * (regions seen whole, cases worked on) within the regions that offer letter exchange; overdue reviews
 * compare each region's own days.
 */
final class ItemsAcross {
    private final ItemList list;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Null when nothing can match: no region in scope offers letter exchange, or no case is seen. */
    static ItemsAcross of(ItemList list, VisibleCases scope, Map<String, Integer> reviewDaysByRegion,
            Set<String> onlyCases, LocalDate today) {
        if (scope.isEmpty() || reviewDaysByRegion.isEmpty() || (onlyCases != null && onlyCases.isEmpty())) {
            return null;
        }
        ItemsAcross query = new ItemsAcross(list);
        query.require("i.regionCode in :offered", "offered", reviewDaysByRegion.keySet());
        if (!scope.everyRegion()) {
            List<String> seen = new ArrayList<>();
            if (!scope.wholeRegions().isEmpty()) {
                seen.add("i.regionCode in :whole");
                query.parameters.put("whole", scope.wholeRegions());
            }
            if (!scope.workedOn().isEmpty()) {
                seen.add("i.caseId in :worked");
                query.parameters.put("worked", scope.workedOn());
            }
            query.conditions.add("(" + String.join(" or ", seen) + ")");
        }
        if (onlyCases != null) {
            query.require("i.caseId in :only", "only", onlyCases);
        }
        if (list == ItemList.OVERDUE_REVIEW) {
            query.overdue(reviewDaysByRegion, today);
        }
        return query;
    }

    private ItemsAcross(ItemList list) {
        this.list = list;
        conditions.add(list.condition());
    }

    List<LetterItem> page(EntityManager em, int offset, int limit) {
        TypedQuery<LetterItem> query = em.createQuery("select i from LetterItem i where " + where()
                + " order by " + list.order(), LetterItem.class);
        return bind(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    int count(EntityManager em) {
        return bind(em.createQuery("select count(i) from LetterItem i where " + where(), Long.class))
                .getSingleResult().intValue();
    }

    /** Reviewable past the day after its region's days ran out (as {@code reviewOverdue} says of one item). */
    private void overdue(Map<String, Integer> reviewDaysByRegion, LocalDate today) {
        List<String> late = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> region : reviewDaysByRegion.entrySet()) {
            Instant dueBefore = today.minusDays(region.getValue()).atStartOfDay(ZoneOffset.UTC).toInstant();
            late.add("(i.regionCode = :lateRegion" + n + " and i.submittedAt < :lateBefore" + n + ")");
            parameters.put("lateRegion" + n, region.getKey());
            parameters.put("lateBefore" + n, dueBefore);
            n++;
        }
        conditions.add("(" + String.join(" or ", late) + ")");
    }

    private void require(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private String where() {
        return String.join(" and ", conditions);
    }

    private <Q extends Query> Q bind(Q query) {
        list.bind(query);
        parameters.forEach(query::setParameter);
        return query;
    }
}
