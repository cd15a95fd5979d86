package org.kintsugi.core.internal.rest;

import org.kintsugi.core.api.problem.ProblemException;

/**
 * Changes based on what was last read: the client sends the ETag it read as If-Match; a change made on an
 * older copy is refused whole (412), so concurrent edits never overwrite each other unseen.
 */
public final class Preconditions {
    private Preconditions() {
    }

    /** The version the client last read, from its If-Match; 428 without one. A malformed one matches nothing. */
    public static long versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "If-Match required",
                    "Send the ETag you last read as If-Match, so that nobody's change is overwritten unseen.", null);
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static ProblemException stale() {
        return new ProblemException(412, "stale", "Changed by someone else",
                "This record changed since you loaded it. Reload it and apply your change again; nothing was changed.",
                null);
    }
}
