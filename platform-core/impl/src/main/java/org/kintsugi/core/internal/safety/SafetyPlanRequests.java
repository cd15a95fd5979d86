package org.kintsugi.core.internal.safety;

import java.time.Instant;
import java.util.List;

/** A safety plan as written: one part per participant who attends. */
public final class SafetyPlanRequests {
    private SafetyPlanRequests() {
    }

    public static final class Plan {
        public List<Part> parts;
    }

    /** How one participant comes and goes safely: staggered times, their own route, where they wait, who is with them. */
    public static final class Part {
        public String participantId;
        public Instant arriveAt;
        public Instant leaveAt;
        public String route;
        public String waitsIn;
        public String supportedBy;
        public String stopSignal;
        public String whoToCall;
    }

    public static final class SignOff {
        public Integer version;
    }
}
