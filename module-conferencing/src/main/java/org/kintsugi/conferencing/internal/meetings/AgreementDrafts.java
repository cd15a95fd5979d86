package org.kintsugi.conferencing.internal.meetings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.conferencing.internal.access.ConferencingCases;
import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.rest.MeetingRequests;
import org.kintsugi.conferencing.internal.store.AgreementItem;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The draft outcome agreement of a held meeting, item by item: who commits to what, by when. */
@Component(service = AgreementDrafts.class)
public class AgreementDrafts {
    static final int MAX_TEXT = 2000;
    private final MeetingChanges changes;
    private final MeetingViews views;

    @Activate
    public AgreementDrafts(@Reference MeetingChanges changes, @Reference MeetingViews views) {
        this.changes = changes;
        this.views = views;
    }

    public MeetingView add(Caller caller, String meetingId, MeetingRequests.AgreementItem body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.text == null || body.text.isBlank() || body.text.length() > MAX_TEXT) {
            problems.add(FieldProblem.requiredAtMost("text", MAX_TEXT));
        }
        if (body == null || body.committedBy == null) {
            problems.add(FieldProblem.required("committedBy"));
        }
        if (body != null && body.dueOn != null && body.dueOn.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            problems.add(new FieldProblem("dueOn", "today or later", "conferencing.due-on"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return changes.apply(caller, meetingId, (em, meeting, snapshot, now) -> {
            ConferencingCases.requireActive(snapshot);
            if (meeting.getState() != MeetingState.HELD) {
                throw ProblemException.conflict("conferencing.meeting-not-held", "The draft agreement is written at or "
                        + "after a meeting that was held.");
            }
            if (em.find(Attendee.class, new Attendee.Key(meetingId, body.committedBy)) == null) {
                throw ProblemException.invalid(new FieldProblem("committedBy", "must be an attendee of this meeting",
                        "conferencing.not-an-attendee"));
            }
            AgreementItem item = new AgreementItem(UUID.randomUUID().toString(), meetingId, body.committedBy,
                    body.dueOn, caller.userId().toString(), now);
            item.seal(views.seal(body.text.strip(), item.getId(), MeetingViews.AGREEMENT));
            em.persist(item);
        });
    }

    static List<AgreementItem> of(EntityManager em, String meetingId) {
        return em.createQuery("select i from AgreementItem i where i.meetingId = :m order by i.writtenAt, i.id",
                AgreementItem.class).setParameter("m", meetingId).getResultList();
    }
}
