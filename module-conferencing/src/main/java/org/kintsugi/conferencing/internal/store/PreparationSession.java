package org.kintsugi.conferencing.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** One preparation session with one attendee: when, what was covered and their readiness after it; notes sealed. */
@Entity
@Table(name = "conferencing_preparation")
public class PreparationSession {
    @Id
    private String id;
    @Column(name = "meeting_id", nullable = false)
    private String meetingId;
    @Column(name = "participant_id", nullable = false)
    private String participantId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(name = "covered_sealed", nullable = false)
    private String coveredSealed;
    @Column(name = "notes_sealed")
    private String notesSealed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Attendee.Readiness readiness;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PreparationSession() {
    }

    public PreparationSession(String id, String meetingId, String participantId, LocalDate heldOn,
            Attendee.Readiness readiness, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.participantId = participantId;
        this.heldOn = heldOn;
        this.readiness = readiness;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void seal(String coveredSealed, String notesSealed) {
        this.coveredSealed = coveredSealed;
        this.notesSealed = notesSealed;
    }

    public String getId() { return id; }
    public String getMeetingId() { return meetingId; }
    public String getParticipantId() { return participantId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getCoveredSealed() { return coveredSealed; }
    public String getNotesSealed() { return notesSealed; }
    public Attendee.Readiness getReadiness() { return readiness; }
    public Instant getRecordedAt() { return recordedAt; }
}
