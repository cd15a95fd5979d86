package org.kintsugi.core.internal.cases;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.kintsugi.core.api.cases.ParticipantRole;

/** Someone taking part in a case. A party's name and contact ways are encrypted under this participant's id. */
@Entity
@Table(name = "case_participant")
public class CaseParticipant {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "details_enc")
    private String detailsEnc;
    @Column(name = "added_at")
    private Instant addedAt;
    @Column(name = "chosen_by_harmed")
    private boolean chosenByHarmed;
    /** For a supporter: the participant they support. */
    @Column(name = "supports_participant_id")
    private String supportsParticipantId;
    /** Its name's words are in the name index (false only for participants stored before the index existed). */
    @Column(name = "name_indexed")
    private boolean nameIndexed;

    protected CaseParticipant() {
    }

    public CaseParticipant(String id, String caseId, ParticipantRole role, String userId, Instant addedAt) {
        this.id = id;
        this.caseId = caseId;
        this.role = role;
        this.userId = userId;
        this.addedAt = addedAt;
    }

    void chosenByPersonHarmed(boolean chosen) {
        this.chosenByHarmed = chosen;
    }

    public void supports(String participantId) {
        this.supportsParticipantId = participantId;
    }

    public void seal(String detailsEnc) {
        this.detailsEnc = detailsEnc;
    }

    void nameIndexed() {
        this.nameIndexed = true;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public ParticipantRole getRole() { return role; }
    public String getUserId() { return userId; }
    public String getDetailsEnc() { return detailsEnc; }
    public Instant getAddedAt() { return addedAt; }
    public boolean isChosenByHarmed() { return chosenByHarmed; }
    public String getSupportsParticipantId() { return supportsParticipantId; }
}
