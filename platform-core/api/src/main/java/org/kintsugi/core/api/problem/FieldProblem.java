package org.kintsugi.core.api.problem;

import java.util.Objects;

/** One invalid field of a request: its JSON path (for example {@code password}) and why. */
public final class FieldProblem {
    private final String field;
    private final String reason;

    public FieldProblem(String field, String reason) {
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
