package org.kintsugi.core.internal.cases;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One word of a participant's name, as its keyed hash ({@code BlindIndex}): what a name search matches. */
@Entity
@Table(name = "participant_name_token")
@IdClass(ParticipantNameToken.Key.class)
public class ParticipantNameToken {
    @Id
    @Column(name = "participant_id")
    private String participantId;
    @Id
    private String token;
    @Column(name = "case_id")
    private String caseId;

    protected ParticipantNameToken() {
    }

    ParticipantNameToken(CaseParticipant participant, String token) {
        this.participantId = participant.getId();
        this.caseId = participant.getCaseId();
        this.token = token;
    }

    public String getCaseId() { return caseId; }

    /** The composite key: a participant's word is stored once. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String participantId;
        private String token;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(participantId, ((Key) other).participantId)
                    && Objects.equals(token, ((Key) other).token);
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, token);
        }
    }
}
