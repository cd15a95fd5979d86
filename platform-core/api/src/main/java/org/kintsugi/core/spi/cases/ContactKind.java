package org.kintsugi.core.spi.cases;

/** The kinds of contact between the parties that a supervision decision can allow. */
public enum ContactKind {
    /** Meeting face to face or live: conferences, circles, calls. */
    DIRECT,
    /** Passed through the facilitator: letters, questions and answers, recorded messages. */
    INDIRECT
}
