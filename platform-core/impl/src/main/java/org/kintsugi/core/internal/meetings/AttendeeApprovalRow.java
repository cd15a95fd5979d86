package org.kintsugi.core.internal.meetings;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One person a case supervisor approved to attend one meeting, under the decision current at the time. */
@Entity
@Table(name = "meeting_attendee_approval")
public class AttendeeApprovalRow {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "meeting_key")
    private String meetingKey;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "decision_id")
    private String decisionId;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;

    protected AttendeeApprovalRow() {
    }

    AttendeeApprovalRow(String id, String caseId, String meetingKey, String participantId, String decisionId,
            String approvedBy, Instant approvedAt) {
        this.id = id;
        this.caseId = caseId;
        this.meetingKey = meetingKey;
        this.participantId = participantId;
        this.decisionId = decisionId;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    public String getParticipantId() { return participantId; }
    public String getDecisionId() { return decisionId; }
}
