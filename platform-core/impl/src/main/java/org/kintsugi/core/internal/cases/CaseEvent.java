package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.EntityManager;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One entry of a case's timeline. Notes are written by the system and hold no personal details; the
 * particulars are also kept apart ({@link TimelineParams}), so a screen can say the entry in Welsh.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private CaseTerms.EventKind kind;
    private String note;
    /** The particulars as a JSON object of strings, for example {"from":"REFERRED","to":"FIRST_CONTACT"}. */
    private String params;

    protected CaseEvent() {
    }

    public CaseEvent(String id, String caseId, Instant occurredAt, String actor, CaseTerms.EventKind kind, String note) {
        this.id = id;
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.note = note;
    }

    /** Adds an entry to the case's timeline, in the caller's transaction. */
    public static void record(EntityManager em, String caseId, String actor, Instant at, CaseTerms.EventKind kind,
            String note) {
        record(em, caseId, actor, at, kind, note, Map.of());
    }

    /** An entry with its particulars (enum names, user names, dates; never personal details). */
    public static void record(EntityManager em, String caseId, String actor, Instant at, CaseTerms.EventKind kind,
            String note, Map<String, ?> params) {
        CaseEvent event = new CaseEvent(UUID.randomUUID().toString(), caseId, at, actor, kind, note);
        event.params = TimelineParams.write(params);
        em.persist(event);
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public CaseTerms.EventKind getKind() { return kind; }
    public String getNote() { return note; }
    public Map<String, String> getParams() { return TimelineParams.read(params); }
}
