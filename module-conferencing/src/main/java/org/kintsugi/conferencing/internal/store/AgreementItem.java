package org.kintsugi.conferencing.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One item of the draft outcome agreement drafted at a held meeting: what someone commits to, by when. Kept by
 * the module until the core has outcome agreements of its own; its words are sealed.
 */
@Entity
@Table(name = "conferencing_agreement_item")
public class AgreementItem {
    @Id
    private String id;
    @Column(name = "meeting_id", nullable = false)
    private String meetingId;
    @Column(name = "committed_by", nullable = false)
    private String committedBy;
    @Column(name = "text_sealed", nullable = false)
    private String textSealed;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "written_by", nullable = false)
    private String writtenBy;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected AgreementItem() {
    }

    public AgreementItem(String id, String meetingId, String committedBy, LocalDate dueOn, String writtenBy, Instant writtenAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.committedBy = committedBy;
        this.dueOn = dueOn;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public void seal(String textSealed) {
        this.textSealed = textSealed;
    }

    public String getId() { return id; }
    public String getMeetingId() { return meetingId; }
    public String getCommittedBy() { return committedBy; }
    public String getTextSealed() { return textSealed; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getWrittenAt() { return writtenAt; }
}
