package org.kintsugi.conferencing.internal.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.conferencing.internal.store.Meeting;

/**
 * The meeting's start kept beside each of its facilitators (conferencing_facilitator.starts_at, changeset
 * conferencing-4), so a facilitator's week is read from their own index by time rather than by looking at every
 * meeting they ever facilitated, which grows with each year of their work (2 ms of PostgreSQL a list at 1,000,
 * against 0.12 ms; bench/meetings.sh). The column is not mapped (EclipseLink 2.7 fails at commit on an embeddable
 * element collection with a converted Instant): the element collection of facilitators writes the rows, with no
 * start, when a meeting is planned, and only scheduling moves a start, here. Anything that rewrites a scheduled
 * meeting's facilitators must call {@link #started} after it, or their week would lose the meeting.
 */
final class FacilitatorWeeks {
    private FacilitatorWeeks() {
    }

    /** After the meeting's start changed, in the same transaction: its facilitators' rows take it too. */
    static void started(EntityManager em, Meeting meeting) {
        em.createNativeQuery("UPDATE conferencing_facilitator SET starts_at = ? WHERE meeting_id = ?")
                .setParameter(1, timestamp(meeting.getStartsAt())).setParameter(2, meeting.getId()).executeUpdate();
    }

    /** The meetings the user facilitates that start in [start, end): a superset the caller still checks. */
    static List<String> starting(EntityManager em, String userId, Instant start, Instant end, int atMost) {
        List<?> ids = em.createNativeQuery("SELECT meeting_id FROM conferencing_facilitator WHERE user_id = ? "
                + "AND starts_at >= ? AND starts_at < ?").setParameter(1, userId).setParameter(2, timestamp(start))
                .setParameter(3, timestamp(end)).setMaxResults(atMost).getResultList();
        return ids.stream().map(String::valueOf).collect(Collectors.toList());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
