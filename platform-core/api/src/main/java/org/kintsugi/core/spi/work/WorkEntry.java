package org.kintsugi.core.spi.work;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of work: which case, what (a message key with plain arguments, never sealed text), when it is
 * due, and what the module's screen opens when it is chosen ({@code target}, passed to the screen as
 * {@code open}, such as a letter's id).
 *
 * <p>An argument whose name ends in {@code Key} holds a message key: the shell puts its words, in the
 * user's language, into the placeholder without the suffix ({@code kindKey} fills {@code {kind}}).
 */
public final class WorkEntry {
    private final String caseId;
    private final String labelKey;
    private final Map<String, String> args;
    private final String target;
    private final LocalDate dueOn;
    private final boolean overdue;

    public WorkEntry(String caseId, String labelKey, Map<String, String> args, String target, LocalDate dueOn,
            boolean overdue) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.labelKey = Objects.requireNonNull(labelKey, "labelKey");
        this.args = Map.copyOf(args);
        this.target = target;
        this.dueOn = dueOn;
        this.overdue = overdue;
    }

    public String caseId() {
        return caseId;
    }

    public String labelKey() {
        return labelKey;
    }

    public Map<String, String> args() {
        return args;
    }

    public String target() {
        return target;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean overdue() {
        return overdue;
    }
}
