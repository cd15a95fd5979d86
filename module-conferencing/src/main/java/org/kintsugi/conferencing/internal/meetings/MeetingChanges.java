package org.kintsugi.conferencing.internal.meetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.conferencing.internal.access.ConferencingCases;
import org.kintsugi.conferencing.internal.store.ConferencingUnit;
import org.kintsugi.conferencing.internal.store.Meeting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One change to one meeting, in the request's transaction: the case locked first (as a pause or withdrawal
 * locks it), then the meeting, so a hold racing a change either comes first and is seen, or waits for it and
 * finds the change made. A meeting outside the caller's cases, or in a region without conferencing, is 404.
 */
@Component(service = MeetingChanges.class)
public class MeetingChanges {
    /** The change itself, given the locked meeting and case and the time it happens. */
    public interface Change {
        void apply(EntityManager em, Meeting meeting, CaseSnapshot snapshot, Instant now);
    }

    private final JpaTemplate jpa;
    private final ConferencingCases cases;
    private final MeetingViews views;

    @Activate
    public MeetingChanges(@Reference(target = ConferencingUnit.READY) JpaTemplate jpa,
            @Reference ConferencingCases cases, @Reference MeetingViews views) {
        this.jpa = jpa;
        this.cases = cases;
        this.views = views;
    }

    public MeetingView apply(Caller caller, String meetingId, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            // Only the case's id first: the meeting itself is read once, locked, after the case's lock.
            String caseId = meetingId == null ? null : em.createQuery("select m.caseId from Meeting m where m.id = :id",
                    String.class).setParameter("id", meetingId).getResultList().stream().findFirst().orElse(null);
            if (caseId == null) {
                throw ProblemException.notFound();
            }
            CaseSnapshot snapshot = cases.forChange(caller, caseId);
            Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
            change.apply(em, meeting, snapshot, now());
            em.flush();
            return views.of(em, meeting, snapshot);
        });
    }

    /** A meeting the caller may see, with its case; 404 otherwise. */
    public MeetingView view(Caller caller, String meetingId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
            if (meeting == null) {
                throw ProblemException.notFound();
            }
            return views.of(em, meeting, cases.visible(caller, meeting.getCaseId()));
        });
    }

    /** Reads something of a meeting for those who practise on its case, without locking or answering the meeting. */
    public <T> T inspect(Caller caller, String meetingId, java.util.function.BiFunction<EntityManager, Meeting, T> read) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
            if (meeting == null) {
                throw ProblemException.notFound();
            }
            if (!cases.visible(caller, meeting.getCaseId()).callerPractises()) {
                throw ProblemException.forbidden("Only the case's facilitators and their supervisors work on its meetings.");
            }
            return read.apply(em, meeting);
        });
    }

    /** What one attendee may be told of it; for those who practise on the case (who tell them). */
    public AttendeeBrief brief(Caller caller, String meetingId, String participantId) {
        return inspect(caller, meetingId, (em, meeting) -> views.brief(em, meeting, participantId));
    }

    /** Microseconds, as the database keeps them: the answer and every later read agree. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
