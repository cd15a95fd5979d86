package org.kintsugi.conferencing.internal.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.kintsugi.core.api.cases.ParticipantRole;

/** A participant of the case chosen to attend one meeting, with their readiness and, after it, attendance. */
@Entity
@Table(name = "conferencing_attendee")
@IdClass(Attendee.Key.class)
public class Attendee {
    public enum Readiness { NOT_YET, READY, WITHDRAWN }

    @Id
    @Column(name = "meeting_id")
    private String meetingId;
    @Id
    @Column(name = "participant_id")
    private String participantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Readiness readiness;
    @Column(name = "ground_rules_agreed", nullable = false)
    private boolean groundRulesAgreed;
    private Boolean attended;
    /** Set when a hold cancelled or postponed the meeting: a practitioner tells them, never why. */
    @Column(name = "must_be_told", nullable = false)
    private boolean mustBeTold;
    @Column(name = "told_at")
    private Instant toldAt;

    protected Attendee() {
    }

    public Attendee(String meetingId, String participantId, ParticipantRole role) {
        this.meetingId = meetingId;
        this.participantId = participantId;
        this.role = role;
        this.readiness = Readiness.NOT_YET;
    }

    public void prepared(Readiness readiness, boolean groundRulesAgreed) {
        this.readiness = readiness;
        this.groundRulesAgreed = this.groundRulesAgreed || groundRulesAgreed;
    }

    public void attended(boolean attended) {
        this.attended = attended;
    }

    public void mustBeTold() {
        this.mustBeTold = true;
        this.toldAt = null;
    }

    public void told(Instant at) {
        this.toldAt = at;
    }

    public String getMeetingId() { return meetingId; }
    public String getParticipantId() { return participantId; }
    public ParticipantRole getRole() { return role; }
    public Readiness getReadiness() { return readiness; }
    public boolean isGroundRulesAgreed() { return groundRulesAgreed; }
    public Boolean getAttended() { return attended; }
    public boolean isMustBeTold() { return mustBeTold; }
    public Instant getToldAt() { return toldAt; }

    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String meetingId;
        public String participantId;

        public Key() {
        }

        public Key(String meetingId, String participantId) {
            this.meetingId = meetingId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).meetingId.equals(meetingId) && ((Key) o).participantId.equals(participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, participantId);
        }
    }
}
