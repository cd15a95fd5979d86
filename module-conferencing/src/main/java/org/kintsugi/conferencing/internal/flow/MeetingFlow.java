package org.kintsugi.conferencing.internal.flow;

import static org.kintsugi.conferencing.internal.flow.MeetingState.CANCELLED;
import static org.kintsugi.conferencing.internal.flow.MeetingState.HELD;
import static org.kintsugi.conferencing.internal.flow.MeetingState.PLANNED;
import static org.kintsugi.conferencing.internal.flow.MeetingState.POSTPONED;
import static org.kintsugi.conferencing.internal.flow.MeetingState.PREPARING;
import static org.kintsugi.conferencing.internal.flow.MeetingState.SCHEDULED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The path of a meeting: planned, prepared with each attendee, scheduled, held; or postponed (a new
 * date, after more preparation if need be) or cancelled. Held and cancelled are final. Pure: no database,
 * no clock; what must be true of the case and the attendees is the contact gate's and the caller's part.
 */
public final class MeetingFlow {
    private MeetingFlow() {
    }

    /** The state {@code action} leads to from {@code state}, or why it may not happen. */
    public static Step step(MeetingAction action, MeetingState state) {
        switch (action) {
            case PREPARE:
                return from(state, EnumSet.of(PLANNED, PREPARING, POSTPONED), PREPARING, "conferencing.meeting-not-in-preparation",
                        "Preparation sessions belong to a meeting not yet scheduled, held or cancelled.");
            case SCHEDULE:
                return from(state, EnumSet.of(PREPARING, POSTPONED), SCHEDULED, "conferencing.meeting-not-prepared",
                        "A meeting is scheduled after preparation with its attendees, once, or again after a postponement.");
            case RECORD_HELD:
                return from(state, EnumSet.of(SCHEDULED), HELD, "conferencing.meeting-not-scheduled",
                        "Only a scheduled meeting can be recorded as held.");
            case POSTPONE:
                return from(state, EnumSet.of(SCHEDULED), POSTPONED, "conferencing.meeting-not-scheduled",
                        "Only a scheduled meeting can be postponed.");
            case CANCEL:
                return from(state, EnumSet.of(PLANNED, PREPARING, SCHEDULED, POSTPONED), CANCELLED,
                        "conferencing.meeting-closed", "A held or cancelled meeting cannot be cancelled.");
            default:
                throw new IllegalArgumentException(action.name());
        }
    }

    private static Step from(MeetingState state, Set<MeetingState> allowed, MeetingState next, String rule, String reason) {
        return allowed.contains(state) ? new Step(next, null)
                : new Step(null, new FlowRefusal(rule, reason + " This meeting is " + state.name().toLowerCase() + "."));
    }

    /** Either the next state or the refusal. */
    public static final class Step {
        private final MeetingState next;
        private final FlowRefusal refusal;

        private Step(MeetingState next, FlowRefusal refusal) {
            this.next = next;
            this.refusal = refusal;
        }

        public Optional<FlowRefusal> refusal() {
            return Optional.ofNullable(refusal);
        }

        /** The next state; throws the refusal as a 409 when there is one. */
        public MeetingState orThrow() {
            if (refusal != null) {
                throw refusal.problem();
            }
            return next;
        }
    }
}
