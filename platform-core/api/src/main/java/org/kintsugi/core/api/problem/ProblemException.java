package org.kintsugi.core.api.problem;

import java.util.List;

/**
 * A failure the caller can act on. {@code type} is a stable slug: clients branch on it,
 * so it never changes once published (it becomes {@code /problems/<type>} in the response).
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldProblem> fields;
    private final long retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail, List<FieldProblem> fields) {
        this(status, type, title, detail, fields, 0);
    }

    public ProblemException(int status, String type, String title, String detail, List<FieldProblem> fields,
            long retryAfterSeconds) {
        super(detail == null ? title : detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429: too many attempts; the answer carries {@code Retry-After}. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "too-many-attempts", "Too many attempts", detail, List.of(),
                Math.max(1, retryAfterSeconds));
    }

    /** 400: the request is malformed or a field is invalid; nothing was changed. */
    public static ProblemException invalid(List<FieldProblem> fields) {
        return new ProblemException(400, "validation", "The request has invalid fields",
                "Correct the fields listed and try again; nothing was changed.", fields);
    }

    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new FieldProblem(field, reason)));
    }

    public static ProblemException invalid(FieldProblem field) {
        return invalid(List.of(field));
    }

    /** 404: also used for records outside the caller's scope, so both look the same. */
    public static ProblemException notFound() {
        return new ProblemException(404, "not-found", "Not found",
                "There is no such resource, or you may not see it.", List.of());
    }

    /** 409: a rule of the process forbids this now. {@code rule} names the rule. */
    public static ProblemException conflict(String rule, String detail) {
        return new ProblemException(409, rule, "This is not allowed now", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Not permitted", detail, List.of());
    }

    public int getStatus() {
        return status;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return getMessage();
    }

    public List<FieldProblem> getFields() {
        return fields;
    }

    /** Seconds after which a retry may succeed, or 0 when there is no such hint. */
    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
