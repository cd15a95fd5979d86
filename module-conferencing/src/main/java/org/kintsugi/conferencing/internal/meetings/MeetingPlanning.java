package org.kintsugi.conferencing.internal.meetings;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.conferencing.internal.access.ConferencingCases;
import org.kintsugi.conferencing.internal.rest.MeetingRequests;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.ConferencingUnit;
import org.kintsugi.conferencing.internal.store.Meeting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Planning a case's meetings: who attends, who facilitates, ground rules and plan; and the case's list. */
@Component(service = MeetingPlanning.class)
public class MeetingPlanning {
    private final JpaTemplate jpa;
    private final ConferencingCases cases;
    private final MeetingViews views;

    @Activate
    public MeetingPlanning(@Reference(target = ConferencingUnit.READY) JpaTemplate jpa,
            @Reference ConferencingCases cases, @Reference MeetingViews views) {
        this.jpa = jpa;
        this.cases = cases;
        this.views = views;
    }

    public MeetingView create(Caller caller, String caseId, MeetingRequests.NewMeeting body) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("kind"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.forChange(caller, caseId);
            List<FieldProblem> problems = MeetingRules.check(body, snapshot);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            ConferencingCases.requireActive(snapshot);
            Instant now = MeetingChanges.now();
            Meeting meeting = new Meeting(UUID.randomUUID().toString(), caseId, snapshot.region(), body.kind,
                    caller.userId().toString(), now);
            meeting.plan(body.speaksFirst, views.seal(body.groundRules, meeting.getId(), MeetingViews.GROUND_RULES),
                    views.seal(body.plan, meeting.getId(), MeetingViews.PLAN));
            meeting.facilitatedBy(new LinkedHashSet<>(body.facilitators));
            em.persist(meeting);
            em.flush(); // attendees refer to it; with no mapped relation EclipseLink would not order the inserts
            for (String participantId : new LinkedHashSet<>(body.attendees)) {
                em.persist(new Attendee(meeting.getId(), participantId, snapshot.party(participantId).orElseThrow().role()));
            }
            em.flush();
            return views.of(em, meeting, snapshot);
        });
    }

    /** A case's meetings, soonest first, then the unscheduled by when they were planned. */
    public List<MeetingView> forCase(Caller caller, String caseId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.visible(caller, caseId);
            return em.createQuery("select m from Meeting m where m.caseId = :case order by m.startsAt, m.changedAt",
                    Meeting.class).setParameter("case", caseId).getResultList().stream()
                    .map(m -> views.of(em, m, snapshot)).collect(Collectors.toList());
        });
    }

    static Set<String> attendeeIds(List<Attendee> attendees) {
        return attendees.stream().map(Attendee::getParticipantId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
