package org.kintsugi.core.spi.cases;

import java.util.List;
import java.util.Objects;

/** The contact gate's answer: allowed, or every rule that stops it, the first being the one to fix first. */
public final class ContactVerdict {
    private final String caseId;
    private final ContactKind kind;
    private final List<ContactRefusal> refusals;

    public ContactVerdict(String caseId, ContactKind kind, List<ContactRefusal> refusals) {
        this.caseId = Objects.requireNonNull(caseId);
        this.kind = Objects.requireNonNull(kind);
        this.refusals = List.copyOf(refusals);
    }

    public String caseId() {
        return caseId;
    }

    public ContactKind kind() {
        return kind;
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }

    /** Empty when allowed. */
    public List<ContactRefusal> refusals() {
        return refusals;
    }

    @Override
    public String toString() {
        return kind + " contact on " + caseId + (allowed() ? ": allowed" : ": refused " + refusals);
    }
}
