package ${package}.api;

import java.time.Instant;

/**
 * An entry as the API answers it. {@code body} is null when the caller may see the case but does not
 * work on it ({@code bodyWithheld}): only its facilitators and their supervisors read what was written.
 */
public final class EntryView {
    public final String id;
    public final String caseId;
    public final String body;
    public final boolean bodyWithheld;
    public final Instant writtenAt;
    public final Instant sharedAt;
    public final boolean held;
    /** Why it is held: PAUSED, WITHDRAWN, HALTED or CLOSED; null when not held. */
    public final String heldBecause;
    /** Changes with every change of the entry, so clients can tell a fresh copy from a stale one. */
    public final long version;

    public EntryView(String id, String caseId, String body, boolean bodyWithheld, Instant writtenAt, Instant sharedAt,
            boolean held, String heldBecause, long version) {
        this.id = id;
        this.caseId = caseId;
        this.body = body;
        this.bodyWithheld = bodyWithheld;
        this.writtenAt = writtenAt;
        this.sharedAt = sharedAt;
        this.held = held;
        this.heldBecause = heldBecause;
        this.version = version;
    }
}
