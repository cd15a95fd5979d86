package org.kintsugi.core.internal.cases;

/** Body of pause, resume, withdraw and halt. Free text is stored encrypted. */
public final class HoldRequest {
    /** Why (required for withdraw and halt). */
    public String reason;
    /** What the other party may be told; empty means nothing beyond that the process stopped. */
    public String tellOtherParty;
    /** Withdraw: the participant on whose behalf it is recorded. */
    public String onBehalfOf;
}
