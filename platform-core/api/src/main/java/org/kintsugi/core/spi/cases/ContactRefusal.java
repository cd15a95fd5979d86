package org.kintsugi.core.spi.cases;

import java.util.Objects;
import java.util.Optional;

/**
 * One hard rule that stops contact now: a stable rule name (as in problem types), why in words, and the
 * participant it concerns when it is one person's (a case may have several people harmed or responsible).
 */
public final class ContactRefusal {
    private final String rule;
    private final String reason;
    private final String participantId;

    public ContactRefusal(String rule, String reason) {
        this(rule, reason, null);
    }

    /** @since 1.4 */
    public ContactRefusal(String rule, String reason, String participantId) {
        this.rule = Objects.requireNonNull(rule);
        this.reason = Objects.requireNonNull(reason);
        this.participantId = participantId;
    }

    /** The participant whose consent, assessment or acknowledgement is missing; empty for the case's own rules. @since 1.4 */
    public Optional<String> participantId() {
        return Optional.ofNullable(participantId);
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
        return rule + (participantId == null ? "" : "[" + participantId + "]") + ": " + reason;
    }
}
