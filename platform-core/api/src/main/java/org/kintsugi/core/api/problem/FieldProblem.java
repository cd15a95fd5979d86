package org.kintsugi.core.api.problem;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One invalid field of a request: its JSON path (for example {@code password}), why in English, and a
 * stable {@code code} with its {@code params}, so that a screen can say it in the user's language
 * (the shell looks up {@code reason.<code>} in its and the modules' message files). A module's own
 * codes start with its id, for example {@code letter-exchange.reply-writer}.
 */
public final class FieldProblem {
    private final String field;
    private final String reason;
    private final String code;
    private final Map<String, String> params;

    /** Without a code: clients can only show the English reason. */
    public FieldProblem(String field, String reason) {
        this(field, reason, null, Map.of());
    }

    public FieldProblem(String field, String reason, String code) {
        this(field, reason, code, Map.of());
    }

    public FieldProblem(String field, String reason, String code, Map<String, ?> params) {
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = code;
        Map<String, String> copy = new LinkedHashMap<>();
        params.forEach((name, value) -> copy.put(name, String.valueOf(value)));
        this.params = Map.copyOf(copy);
    }

    public static FieldProblem required(String field) {
        return new FieldProblem(field, "is required", "required");
    }

    public static FieldProblem atMost(String field, int max) {
        return new FieldProblem(field, "is at most " + max + " characters", "max-length", Map.of("max", max));
    }

    public static FieldProblem requiredAtMost(String field, int max) {
        return new FieldProblem(field, "is required, at most " + max + " characters", "required-max-length",
                Map.of("max", max));
    }

    public static FieldProblem oneOf(String field, Collection<?> values) {
        String list = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new FieldProblem(field, "must be one of " + list, "one-of", Map.of("values", list));
    }

    public static FieldProblem between(String field, long min, long max) {
        return new FieldProblem(field, "must be between " + min + " and " + max, "between",
                Map.of("min", min, "max", max));
    }

    public static FieldProblem notNegative(String field) {
        return new FieldProblem(field, "must not be negative", "not-negative");
    }

    public static FieldProblem yesOrNo(String field) {
        return new FieldProblem(field, "is required: true or false", "yes-or-no");
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }

    /** Null when the reason has no code. */
    public String getCode() {
        return code;
    }

    /** The particulars the code's message names (for example {@code max}); null when there are none. */
    public Map<String, String> getParams() {
        return params.isEmpty() ? null : params;
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
