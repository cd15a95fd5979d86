package org.kintsugi.core.spi.cases;

import java.util.Objects;

/** One hard rule that stops contact now: a stable rule name (as in problem types) and why, in words. */
public final class ContactRefusal {
    private final String rule;
    private final String reason;

    public ContactRefusal(String rule, String reason) {
        this.rule = Objects.requireNonNull(rule);
        this.reason = Objects.requireNonNull(reason);
    }

    /** Stable, for code and screens: for example {@code assessment-not-signed-off}. */
    public String rule() {
        return rule;
    }

    /** For people: what is missing. Never carries a participant's personal details. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return rule + ": " + reason;
    }
}
