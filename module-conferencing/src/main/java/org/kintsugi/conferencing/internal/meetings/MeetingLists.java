package org.kintsugi.conferencing.internal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseAccess;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.cases.VisibleCases;
import org.kintsugi.conferencing.internal.access.ConferencingCases;
import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.ConferencingUnit;
import org.kintsugi.conferencing.internal.store.Meeting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scheduled meetings in a span of days, across the caller's cases: a hub's regions (where conferencing is
 * offered) or, for practitioners, the cases their team works on; or only those one facilitator facilitates.
 * Paged and counted in one indexed query each (region and start, or facilitator); the core then judges the
 * page's cases again, so the query can only ever show less than the core allows, never more.
 */
@Component(service = MeetingLists.class)
public class MeetingLists {
    private final JpaTemplate jpa;
    private final ConferencingCases cases;
    private final CaseAccess access;

    @Activate
    public MeetingLists(@Reference(target = ConferencingUnit.READY) JpaTemplate jpa, @Reference ConferencingCases cases,
            @Reference CaseAccess access) {
        this.jpa = jpa;
        this.cases = cases;
        this.access = access;
    }

    /** How long an attendee not yet ready may go without a preparation session before it is overdue. */
    public static final int PREPARATION_DAYS = 14;
    /** More of one facilitator's meetings than a list of theirs could ever span; past it the list is cut. */
    static final int OWN_AT_MOST = 2000;

    /** Scheduled meetings starting in {@code days} from {@code from}; {@code facilitator}: a user id, or null for all. */
    public Page scheduled(Caller caller, LocalDate from, int days, String facilitator, int offset, int limit) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        return page(caller, "m.state = :state and m.startsAt >= :start and m.startsAt < :end",
                new Span(start, end), facilitator, " order by m.startsAt, m.id", offset, limit,
                query -> query.setParameter("state", MeetingState.SCHEDULED).setParameter("start", start)
                        .setParameter("end", end));
    }

    /**
     * Meetings still being prepared where an attendee is not yet ready and nobody has met them for
     * {@link #PREPARATION_DAYS} days (counted from planning when there was no session yet).
     */
    public Page preparationOverdue(Caller caller, LocalDate today, String facilitator, int offset, int limit) {
        LocalDate since = today.minusDays(PREPARATION_DAYS);
        return page(caller, "m.state in :states and m.createdAt < :sinceInstant and exists (select a from Attendee a "
                + "where a.meetingId = m.id and a.readiness = :notYet and not exists (select p from PreparationSession p "
                + "where p.meetingId = m.id and p.participantId = a.participantId and p.heldOn > :since))",
                null, facilitator, " order by m.createdAt, m.id", offset, limit, query -> query
                        .setParameter("states", List.of(MeetingState.PLANNED, MeetingState.PREPARING))
                        .setParameter("sinceInstant", since.atStartOfDay(ZoneOffset.UTC).toInstant())
                        .setParameter("notYet", Attendee.Readiness.NOT_YET).setParameter("since", since));
    }

    /** The starts a list is limited to, when it is: a facilitator's own are then read by their start. */
    private record Span(Instant start, Instant end) {
    }

    private Page page(Caller caller, String condition, Span span, String facilitator, String order, int offset,
            int limit, Function<TypedQuery<?>, TypedQuery<?>> parameters) {
        if (facilitator != null) {
            return facilitatorsOwn(caller, condition, span, facilitator, order, offset, limit, parameters);
        }
        VisibleCases scope = access.visibleCases(caller);
        Set<String> regions = new HashSet<>(cases.offeredRegions());
        if (!scope.everyRegion()) {
            regions.retainAll(scope.wholeRegions());
        }
        Set<String> worked = scope.workedOn();
        if (regions.isEmpty() && worked.isEmpty()) {
            return new Page(List.of(), 0);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            String where = condition + " and (" + (regions.isEmpty() ? "1 = 0" : "m.region in :regions")
                    + (worked.isEmpty() ? "" : " or m.caseId in :worked") + ")";
            TypedQuery<Meeting> select = readOnlyWithFacilitators(em.createQuery("select m from Meeting m where " + where + order,
                    Meeting.class));
            bind(select, regions, worked);
            parameters.apply(select);
            List<Meeting> page = select.setFirstResult(offset).setMaxResults(limit).getResultList();
            TypedQuery<Long> count = em.createQuery("select count(m) from Meeting m where " + where, Long.class);
            bind(count, regions, worked);
            parameters.apply(count);
            long total = count.getSingleResult();
            Map<String, CaseSnapshot> visible = access.visible(caller,
                    page.stream().map(Meeting::getCaseId).collect(Collectors.toSet()));
            List<MeetingSummary> items = new ArrayList<>();
            for (Meeting m : page) {
                if (visible.containsKey(m.getCaseId())) {
                    items.add(new MeetingSummary(m, visible.get(m.getCaseId()).reference().orElse(null)));
                }
            }
            return new Page(items, (int) total);
        });
    }

    /**
     * One facilitator's own meetings: few (a person's weeks), so read whole, then judged by the core case by case and
     * by the module's regions, and paged here. In a span they are found by their start beside the facilitator
     * ({@link FacilitatorWeeks}), then read by key with the list's own conditions. Binding the team's hundreds of case
     * ids into the query, as the wider list does, cost more than everything else put together.
     */
    private Page facilitatorsOwn(Caller caller, String condition, Span span, String facilitator, String order, int offset,
            int limit, Function<TypedQuery<?>, TypedQuery<?>> parameters) {
        Set<String> offered = cases.offeredRegions();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<String> starting = span == null ? null
                    : FacilitatorWeeks.starting(em, facilitator, span.start(), span.end(), OWN_AT_MOST);
            if (starting != null && starting.isEmpty()) {
                return new Page(List.of(), 0);
            }
            TypedQuery<Meeting> select = readOnlyWithFacilitators(em.createQuery("select m from Meeting m where " + condition
                    + (starting == null ? " and :facilitator member of m.facilitators" : " and m.id in :starting")
                    + order, Meeting.class)).setMaxResults(OWN_AT_MOST);
            if (starting == null) {
                select.setParameter("facilitator", facilitator);
            } else {
                select.setParameter("starting", starting);
            }
            parameters.apply(select);
            List<Meeting> own = select.getResultList().stream().filter(m -> offered.contains(m.getRegion()))
                    .collect(Collectors.toList());
            Map<String, CaseSnapshot> visible = access.visible(caller,
                    own.stream().map(Meeting::getCaseId).collect(Collectors.toSet()));
            List<MeetingSummary> items = own.stream().filter(m -> visible.containsKey(m.getCaseId()))
                    .map(m -> new MeetingSummary(m, visible.get(m.getCaseId()).reference().orElse(null)))
                    .collect(Collectors.toList());
            return new Page(items.subList(Math.min(offset, items.size()), Math.min(offset + limit, items.size())),
                    items.size());
        });
    }

    /**
     * A list only reads: its meetings are not registered for change, so the commit does not compare every field of
     * every one against a copy (with weaving off, that comparison was most of a hub's list); and the page's
     * facilitators come in one more query, not one per meeting.
     */
    private static TypedQuery<Meeting> readOnlyWithFacilitators(TypedQuery<Meeting> query) {
        return query.setHint("eclipselink.read-only", "true").setHint("eclipselink.batch", "m.facilitators")
                .setHint("eclipselink.batch.type", "IN");
    }

    private static void bind(TypedQuery<?> query, Set<String> regions, Set<String> worked) {
        if (!regions.isEmpty()) {
            query.setParameter("regions", regions);
        }
        if (!worked.isEmpty()) {
            query.setParameter("worked", worked);
        }
    }

    /** One page and how many there are in all. */
    public static final class Page {
        public final List<MeetingSummary> items;
        public final int total;

        Page(List<MeetingSummary> items, int total) {
            this.items = List.copyOf(items);
            this.total = total;
        }
    }
}
