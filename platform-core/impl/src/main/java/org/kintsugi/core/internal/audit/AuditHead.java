package org.kintsugi.core.internal.audit;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The end of one of the audit chains. An append locks one head while it extends that chain, so every
 * node extends the same chains; there are several so that appends do not all queue behind one row.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    @Id
    private int id;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {
    }

    public int getId() {
        return id;
    }

    /** The seq of the chain's last row, 0 while the chain is empty. */
    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
