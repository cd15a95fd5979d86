package org.kintsugi.core.internal.assessment;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** One participant's assessment. Re-opened by new risk information, never replaced, so its history holds. */
@Entity
@Table(name = "case_assessment")
public class Assessment {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "participant_id")
    private String participantId;
    @Enumerated(EnumType.STRING)
    private AssessmentTerms.Status status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "signed_off_at")
    private Instant signedOffAt;
    @Column(name = "signed_off_by_id")
    private String signedOffById;
    @Column(name = "signed_off_by")
    private String signedOffBy;
    @Column(name = "reopened_count")
    private int reopenedCount;

    protected Assessment() {
    }

    Assessment(String id, String caseId, String participantId, Instant startedAt) {
        this.id = id;
        this.caseId = caseId;
        this.participantId = participantId;
        this.startedAt = startedAt;
        this.status = AssessmentTerms.Status.IN_PROGRESS;
    }

    void complete(String by, Instant at) {
        this.status = AssessmentTerms.Status.COMPLETED;
        this.completedBy = by;
        this.completedAt = at;
    }

    void signOff(String userId, String by, Instant at) {
        this.status = AssessmentTerms.Status.SIGNED_OFF;
        this.signedOffById = userId;
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    /** Back to being written; the ratings stay, to be revised in the light of what is new. */
    void reopen() {
        this.status = AssessmentTerms.Status.IN_PROGRESS;
        this.completedAt = null;
        this.completedBy = null;
        this.signedOffAt = null;
        this.signedOffById = null;
        this.signedOffBy = null;
        this.reopenedCount++;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getParticipantId() { return participantId; }
    public AssessmentTerms.Status getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public String getSignedOffById() { return signedOffById; }
    public String getSignedOffBy() { return signedOffBy; }
    public int getReopenedCount() { return reopenedCount; }
}
