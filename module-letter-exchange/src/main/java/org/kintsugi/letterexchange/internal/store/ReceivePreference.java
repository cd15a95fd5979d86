package org.kintsugi.letterexchange.internal.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Version;

/** The person harmed's choice to receive letters, and replies to their own; absent means not yet: nothing goes. */
@Entity
@Table(name = "lx_preference")
@IdClass(ReceivePreference.Key.class)
public class ReceivePreference {
    @Id @Column(name = "case_id") private String caseId;
    @Id @Column(name = "participant_id") private String participantId;
    @Column(name = "receives_letters") private boolean receivesLetters;
    @Column(name = "receives_replies") private boolean receivesReplies;
    @Column(name = "updated_by") private String updatedBy;
    @Column(name = "updated_at") private Instant updatedAt;
    @Version private long version;

    protected ReceivePreference() {
    }

    public ReceivePreference(String caseId, String participantId) {
        this.caseId = caseId;
        this.participantId = participantId;
    }

    public void set(boolean letters, boolean replies, String by, Instant at) {
        this.receivesLetters = letters;
        this.receivesReplies = replies;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getCaseId() { return caseId; }
    public String getParticipantId() { return participantId; }
    public boolean isReceivesLetters() { return receivesLetters; }
    public boolean isReceivesReplies() { return receivesReplies; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }

    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String caseId;
        public String participantId;

        public Key() {
        }

        public Key(String caseId, String participantId) {
            this.caseId = caseId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(caseId, ((Key) other).caseId)
                    && Objects.equals(participantId, ((Key) other).participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, participantId);
        }
    }
}
