package org.kintsugi.letterexchange.internal.store;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.letterexchange.internal.flow.ItemKind;
import org.kintsugi.letterexchange.internal.flow.ItemState;

/** A letter or set of questions on one case; its texts are {@link LetterVersion}s, its history {@link LetterEvent}s. */
@Entity
@Table(name = "lx_item")
public class LetterItem {
    @Id
    private String id;
    @Column(name = "case_id") private String caseId;
    @Column(name = "region_code") private String regionCode;
    @Enumerated(EnumType.STRING) private ItemKind kind;
    @Column(name = "no_send") private boolean noSend;
    @Enumerated(EnumType.STRING) private ItemState state;
    private boolean held;
    @Column(name = "held_at") private Instant heldAt;
    @Column(name = "held_because") private String heldBecause;
    @Column(name = "writer_participant_id") private String writerParticipantId;
    @Enumerated(EnumType.STRING) @Column(name = "writer_role") private ParticipantRole writerRole;
    @Column(name = "recipient_participant_id") private String recipientParticipantId;
    @Enumerated(EnumType.STRING) @Column(name = "recipient_role") private ParticipantRole recipientRole;
    @Column(name = "in_reply_to") private String inReplyTo;
    @Column(name = "current_version") private int currentVersion;
    @Column(name = "approved_version") private Integer approvedVersion;
    @Column(name = "created_by") private String createdBy;
    @Column(name = "created_at") private Instant createdAt;
    @Column(name = "updated_at") private Instant updatedAt;
    @Column(name = "submitted_at") private Instant submittedAt;
    @Column(name = "reviewed_by") private String reviewedBy;
    @Column(name = "reviewed_at") private Instant reviewedAt;
    @Column(name = "consented_at") private Instant consentedAt;
    @Column(name = "delivered_by") private String deliveredBy;
    @Column(name = "delivered_at") private Instant deliveredAt;
    @Column(name = "read_at") private Instant readAt;
    @Version private long version;

    protected LetterItem() {
    }

    public LetterItem(String caseId, String regionCode, ItemKind kind, boolean noSend, String writerParticipantId,
            ParticipantRole writerRole, String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.regionCode = regionCode;
        this.kind = kind;
        this.noSend = noSend;
        this.state = ItemState.DRAFT;
        this.writerParticipantId = writerParticipantId;
        this.writerRole = writerRole;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addressTo(String participantId, ParticipantRole role, String replyTo) {
        this.recipientParticipantId = participantId;
        this.recipientRole = role;
        this.inReplyTo = replyTo;
    }

    public void moveTo(ItemState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    public void newText(int number) { this.currentVersion = number; this.approvedVersion = null; }
    public void submitted(Instant at) { this.submittedAt = at; }
    public void reviewed(String by, Instant at, Integer approved) { reviewedBy = by; reviewedAt = at; approvedVersion = approved; }
    public void consented(Instant at) { this.consentedAt = at; }
    public void delivered(String by, Instant at) { this.deliveredBy = by; this.deliveredAt = at; }
    public void read(Instant at) { this.readAt = at; }

    public void hold(String because, Instant at) {
        this.held = true;
        this.heldBecause = because;
        this.heldAt = at;
        this.updatedAt = at;
    }

    public void release(Instant at) {
        this.held = false;
        this.heldBecause = null;
        this.heldAt = null;
        this.updatedAt = at;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getRegionCode() { return regionCode; }
    public ItemKind getKind() { return kind; }
    public boolean isNoSend() { return noSend; }
    public ItemState getState() { return state; }
    public boolean isHeld() { return held; }
    public Instant getHeldAt() { return heldAt; }
    public String getHeldBecause() { return heldBecause; }
    public String getWriterParticipantId() { return writerParticipantId; }
    public ParticipantRole getWriterRole() { return writerRole; }
    public String getRecipientParticipantId() { return recipientParticipantId; }
    public ParticipantRole getRecipientRole() { return recipientRole; }
    public String getInReplyTo() { return inReplyTo; }
    public int getCurrentVersion() { return currentVersion; }
    public Integer getApprovedVersion() { return approvedVersion; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Instant getConsentedAt() { return consentedAt; }
    public String getDeliveredBy() { return deliveredBy; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public Instant getReadAt() { return readAt; }
    public long getVersion() { return version; }
}
