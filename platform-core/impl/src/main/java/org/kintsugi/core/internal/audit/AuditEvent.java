package org.kintsugi.core.internal.audit;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of the audit trail. Never updated; on PostgreSQL a trigger refuses updates and deletes. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    private long seq;
    /** Which chain links this row; the hash covers the row and its predecessor in that chain. */
    private int chain;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_id")
    private String actorId;
    private String action;
    private String module;
    @Column(name = "record_type")
    private String recordType;
    @Column(name = "record_id")
    private String recordId;
    private String source;
    private String outcome;
    @Column(name = "prev_hash")
    private String prevHash;
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(int chain, long seq, Instant occurredAt, AuditRecord record, String prevHash) {
        this.chain = chain;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = record.actor();
        this.actorId = record.actorId();
        this.action = record.action();
        this.module = record.module();
        this.recordType = record.recordType();
        this.recordId = record.recordId();
        this.source = record.source();
        this.outcome = record.outcome();
        this.prevHash = prevHash;
        this.hash = AuditChain.hash(this);
    }

    /** The fields the chain hash covers, in a fixed order: the row's number, {@link #hashedBetween}, the previous hash. */
    Object[] hashedFields() {
        Object[] between = between(occurredAt, actor, actorId, action, module, recordType, recordId, source, outcome);
        Object[] fields = new Object[between.length + 2];
        fields[0] = seq;
        System.arraycopy(between, 0, fields, 1, between.length);
        fields[fields.length - 1] = prevHash;
        return fields;
    }

    /** The hashed fields between the row's number and the previous hash, both of which the database knows first. */
    static Object[] hashedBetween(Instant occurredAt, AuditRecord record) {
        return between(occurredAt, record.actor(), record.actorId(), record.action(), record.module(),
                record.recordType(), record.recordId(), record.source(), record.outcome());
    }

    private static Object[] between(Instant occurredAt, String actor, String actorId, String action, String module,
            String recordType, String recordId, String source, String outcome) {
        return new Object[] {occurredAt, actor, actorId, action, module, recordType, recordId, source, outcome};
    }

    public int getChain() {
        return chain;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorId() {
        return actorId;
    }

    public String getModule() {
        return module;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getSource() {
        return source;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
