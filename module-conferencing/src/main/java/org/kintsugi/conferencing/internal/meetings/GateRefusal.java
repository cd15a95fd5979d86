package org.kintsugi.conferencing.internal.meetings;

import org.kintsugi.core.spi.cases.ContactRefusal;

/** One rule of the core's contact gate that stops a meeting now, and whose it is when it is one attendee's. */
public final class GateRefusal {
    public final String rule;
    public final String reason;
    public final String participantId;

    GateRefusal(ContactRefusal refusal) {
        this.rule = refusal.rule();
        this.reason = refusal.reason();
        this.participantId = refusal.participantId().orElse(null);
    }
}
