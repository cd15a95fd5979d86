package org.kintsugi.conferencing.internal.meetings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.conferencing.internal.access.ConferencingCases;
import org.kintsugi.conferencing.internal.flow.MeetingAction;
import org.kintsugi.conferencing.internal.flow.MeetingFlow;
import org.kintsugi.conferencing.internal.rest.MeetingRequests;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.PreparationSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Preparation sessions with each attendee before the meeting: when, what was covered, their readiness after
 * it (ready, not yet, withdrawn) and sealed notes. The attendee's readiness is the latest session's.
 */
@Component(service = Preparations.class)
public class Preparations {
    static final int MAX_TEXT = 8000;
    private final MeetingChanges changes;
    private final MeetingViews views;

    @Activate
    public Preparations(@Reference MeetingChanges changes, @Reference MeetingViews views) {
        this.changes = changes;
        this.views = views;
    }

    public MeetingView record(Caller caller, String meetingId, MeetingRequests.Session body) {
        List<FieldProblem> problems = check(body);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return changes.apply(caller, meetingId, (em, meeting, snapshot, now) -> {
            Attendee attendee = em.find(Attendee.class, new Attendee.Key(meetingId, body.participantId));
            if (attendee == null) {
                throw ProblemException.invalid(new FieldProblem("participantId", "must be an attendee of this meeting",
                        "conferencing.not-an-attendee"));
            }
            ConferencingCases.requireActive(snapshot);
            meeting.moveTo(MeetingFlow.step(MeetingAction.PREPARE, meeting.getState()).orThrow(), null, now);
            PreparationSession session = new PreparationSession(UUID.randomUUID().toString(), meetingId,
                    body.participantId, body.heldOn, body.readiness, caller.userId().toString(), now);
            session.seal(views.seal(body.covered.strip(), session.getId(), MeetingViews.COVERED),
                    views.seal(body.notes, session.getId(), MeetingViews.NOTES));
            em.persist(session);
            attendee.prepared(body.readiness, body.groundRulesAgreed);
        });
    }

    private static List<FieldProblem> check(MeetingRequests.Session body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null) {
            return List.of(FieldProblem.required("participantId"));
        }
        if (body.participantId == null) {
            problems.add(FieldProblem.required("participantId"));
        }
        if (body.heldOn == null || body.heldOn.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            problems.add(new FieldProblem("heldOn", "the day it was held: today or earlier", "conferencing.held-on"));
        }
        if (body.covered == null || body.covered.isBlank() || body.covered.length() > MAX_TEXT) {
            problems.add(FieldProblem.requiredAtMost("covered", MAX_TEXT));
        }
        if (body.notes != null && body.notes.length() > MAX_TEXT) {
            problems.add(FieldProblem.atMost("notes", MAX_TEXT));
        }
        if (body.readiness == null) {
            problems.add(new FieldProblem("readiness", "must be READY, NOT_YET or WITHDRAWN", "conferencing.readiness"));
        }
        return problems;
    }
}
