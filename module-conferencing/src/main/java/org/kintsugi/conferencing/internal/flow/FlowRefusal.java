package org.kintsugi.conferencing.internal.flow;

import org.kintsugi.core.api.problem.ProblemException;

/** Why an action cannot happen to a meeting now: a stable rule name and words for people. */
public final class FlowRefusal {
    private final String rule;
    private final String reason;

    FlowRefusal(String rule, String reason) {
        this.rule = rule;
        this.reason = reason;
    }

    public String rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }

    /** 409, naming the rule, for the REST answer. */
    public ProblemException problem() {
        return ProblemException.conflict(rule, reason);
    }

    @Override
    public String toString() {
        return rule + ": " + reason;
    }
}
