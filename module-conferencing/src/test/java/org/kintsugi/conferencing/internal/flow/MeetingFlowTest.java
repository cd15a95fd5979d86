package org.kintsugi.conferencing.internal.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.problem.ProblemException;

class MeetingFlowTest {

    @Test
    void aMeetingIsPreparedScheduledAndHeld() {
        MeetingState state = MeetingState.PLANNED;
        state = MeetingFlow.step(MeetingAction.PREPARE, state).orThrow();
        assertEquals(MeetingState.PREPARING, state);
        assertEquals(MeetingState.PREPARING, MeetingFlow.step(MeetingAction.PREPARE, state).orThrow(), "more sessions");
        state = MeetingFlow.step(MeetingAction.SCHEDULE, state).orThrow();
        assertEquals(MeetingState.HELD, MeetingFlow.step(MeetingAction.RECORD_HELD, state).orThrow());
    }

    @Test
    void nothingIsScheduledBeforePreparationNorHeldBeforeItIsScheduled() {
        assertEquals("conferencing.meeting-not-prepared",
                MeetingFlow.step(MeetingAction.SCHEDULE, MeetingState.PLANNED).refusal().orElseThrow().rule());
        assertEquals("conferencing.meeting-not-scheduled",
                MeetingFlow.step(MeetingAction.RECORD_HELD, MeetingState.PREPARING).refusal().orElseThrow().rule());
        assertThrows(ProblemException.class, () -> MeetingFlow.step(MeetingAction.RECORD_HELD, MeetingState.POSTPONED).orThrow());
    }

    @Test
    void aPostponedMeetingIsPreparedAgainOrRescheduledAndHeldOrCancelledOnesStaySo() {
        assertEquals(MeetingState.POSTPONED, MeetingFlow.step(MeetingAction.POSTPONE, MeetingState.SCHEDULED).orThrow());
        assertEquals(MeetingState.PREPARING, MeetingFlow.step(MeetingAction.PREPARE, MeetingState.POSTPONED).orThrow());
        assertEquals(MeetingState.SCHEDULED, MeetingFlow.step(MeetingAction.SCHEDULE, MeetingState.POSTPONED).orThrow());
        for (MeetingState done : new MeetingState[] {MeetingState.HELD, MeetingState.CANCELLED}) {
            for (MeetingAction action : MeetingAction.values()) {
                assertTrue(MeetingFlow.step(action, done).refusal().isPresent(), action + " on " + done);
            }
            assertTrue(!done.open());
        }
        assertEquals(MeetingState.CANCELLED, MeetingFlow.step(MeetingAction.CANCEL, MeetingState.PLANNED).orThrow());
    }
}
