package org.kintsugi.core.internal.rest.problem;

import java.util.List;

import org.kintsugi.core.api.problem.FieldProblem;

/** The JSON shape of an RFC 9457 problem: type, title, status, detail, instance, and field errors. */
public final class ProblemBody {
    /** Types are URNs: stable identifiers that do not pretend to be fetchable pages. */
    public static final String TYPE_PREFIX = "urn:kintsugi:problem:";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<FieldProblem> errors;

    public ProblemBody(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {
        this.type = TYPE_PREFIX + type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public List<FieldProblem> getErrors() {
        return errors;
    }
}
