package org.kintsugi.letterexchange.internal.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ItemFlowTest {
    private static ItemState step(ItemAction action, ItemState from) {
        return ItemFlow.step(action, from, false, false).nextOrThrow();
    }

    private static String refusal(ItemAction action, ItemState from, boolean held, boolean noSend) {
        return ItemFlow.step(action, from, held, noSend).refusal().orElseThrow().rule();
    }

    @Test
    void walksTheWholePathFromDraftToRead() {
        ItemState state = ItemState.DRAFT;
        for (ItemAction action : new ItemAction[] {ItemAction.SUBMIT, ItemAction.APPROVE, ItemAction.CONSENT,
            ItemAction.DELIVER, ItemAction.MARK_READ}) {
            state = step(action, state);
        }
        assertEquals(ItemState.READ, state);
    }

    @Test
    void aReturnedItemIsChangedAndSubmittedAgain() {
        ItemState returned = step(ItemAction.RETURN, step(ItemAction.SUBMIT, ItemState.DRAFT));
        assertEquals(ItemState.RETURNED, returned);
        assertEquals(ItemState.DRAFT, step(ItemAction.EDIT, returned));
        assertEquals(ItemState.SUBMITTED, step(ItemAction.SUBMIT, returned));
    }

    @Test
    void changingApprovedTextSendsItBackThroughReview() {
        assertEquals(ItemState.DRAFT, step(ItemAction.EDIT, ItemState.APPROVED));
        assertEquals(ItemState.DRAFT, step(ItemAction.EDIT, ItemState.CONSENTED));
        assertEquals("item-not-editable", refusal(ItemAction.EDIT, ItemState.SUBMITTED, false, false));
        assertEquals("item-not-editable", refusal(ItemAction.EDIT, ItemState.DELIVERED, false, false));
    }

    @Test
    void onlyASubmittedItemIsReviewedSoASecondReviewIsRefused() {
        for (ItemAction review : EnumSet.of(ItemAction.APPROVE, ItemAction.RETURN, ItemAction.DECLINE)) {
            for (ItemState state : ItemState.values()) {
                assertEquals(state == ItemState.SUBMITTED, ItemFlow.step(review, state, false, false).allowed(),
                        review + " from " + state);
            }
        }
        assertEquals("item-not-awaiting-review", refusal(ItemAction.APPROVE, ItemState.APPROVED, false, false));
        assertEquals(ItemState.DECLINED, step(ItemAction.DECLINE, ItemState.SUBMITTED));
    }

    @Test
    void nothingIsDeliveredWithoutTheWritersConsent() {
        assertEquals("item-not-ready", refusal(ItemAction.DELIVER, ItemState.APPROVED, false, false));
        assertEquals("item-not-ready", refusal(ItemAction.DELIVER, ItemState.SUBMITTED, false, false));
        assertEquals("item-not-approved", refusal(ItemAction.CONSENT, ItemState.SUBMITTED, false, false));
    }

    @Test
    void aNoSendLetterIsKeptOnApprovalAndNeverDelivered() {
        assertEquals(ItemState.KEPT, ItemFlow.step(ItemAction.APPROVE, ItemState.SUBMITTED, false, true).nextOrThrow());
        assertEquals("no-send", refusal(ItemAction.DELIVER, ItemState.CONSENTED, false, true));
        assertTrue(ItemState.KEPT.finished());
        assertFalse(ItemState.KEPT.pending());
    }

    @Test
    void aHeldItemOnlyMovesWhenReleasedButTheWriterMayStillWithdrawIt() {
        for (ItemAction action : ItemAction.values()) {
            if (action == ItemAction.RELEASE || action == ItemAction.WITHDRAW) {
                continue;
            }
            assertEquals("item-held", refusal(action, ItemState.CONSENTED, true, false), action.name());
        }
        assertEquals(ItemState.CONSENTED, ItemFlow.step(ItemAction.RELEASE, ItemState.CONSENTED, true, false).nextOrThrow());
        assertEquals(ItemState.WITHDRAWN, ItemFlow.step(ItemAction.WITHDRAW, ItemState.CONSENTED, true, false).nextOrThrow());
        assertEquals("item-not-held", refusal(ItemAction.RELEASE, ItemState.CONSENTED, false, false));
    }

    @Test
    void onlyUndeliveredItemsAreWithdrawnOrHeld() {
        for (ItemState state : ItemState.values()) {
            assertEquals(state.pending(), ItemFlow.step(ItemAction.WITHDRAW, state, false, false).allowed(), state.name());
        }
        assertEquals("item-not-delivered", refusal(ItemAction.MARK_READ, ItemState.CONSENTED, false, false));
    }
}
