package org.kintsugi.letterexchange.internal.flow;

import static org.kintsugi.letterexchange.internal.flow.ItemState.APPROVED;
import static org.kintsugi.letterexchange.internal.flow.ItemState.CONSENTED;
import static org.kintsugi.letterexchange.internal.flow.ItemState.DELIVERED;
import static org.kintsugi.letterexchange.internal.flow.ItemState.DRAFT;
import static org.kintsugi.letterexchange.internal.flow.ItemState.RETURNED;
import static org.kintsugi.letterexchange.internal.flow.ItemState.SUBMITTED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The path of an item: draft, submitted for review, approved (perhaps redacted), returned for changes or
 * declined, the writer's consent to the approved text, delivered, read. Any change of text sends it back
 * to draft and so through review again. A held item (the case was paused, withdrawn, halted or closed)
 * moves only when released, one by one; the writer may still withdraw it. Pure: no database, no clock.
 */
public final class ItemFlow {
    private static final Set<ItemState> EDITABLE = EnumSet.of(DRAFT, RETURNED, APPROVED, CONSENTED);

    private ItemFlow() {
    }

    /** The state {@code action} leads to from {@code state}, or why it may not happen. */
    public static Step step(ItemAction action, ItemState state, boolean held, boolean noSend) {
        if (action == ItemAction.RELEASE) {
            return held ? Step.to(state) : Step.refused("item-not-held", "This item is not held.");
        }
        if (held && action != ItemAction.WITHDRAW) {
            return Step.refused("item-held", "This item is held since the case was paused, withdrawn, halted or "
                    + "closed; a facilitator releases it first.");
        }
        switch (action) {
            case EDIT:
                return from(state, EDITABLE, DRAFT, "item-not-editable",
                        "Only a draft, returned or approved but undelivered item can be changed.");
            case SUBMIT:
                return from(state, EnumSet.of(DRAFT, RETURNED), SUBMITTED, "item-not-draft",
                        "Only a draft or a returned item can be submitted for review.");
            case APPROVE:
                return from(state, EnumSet.of(SUBMITTED), noSend ? ItemState.KEPT : APPROVED, "item-not-awaiting-review",
                        "This item is not awaiting review: someone may have reviewed it already.");
            case RETURN:
                return from(state, EnumSet.of(SUBMITTED), RETURNED, "item-not-awaiting-review",
                        "This item is not awaiting review: someone may have reviewed it already.");
            case DECLINE:
                return from(state, EnumSet.of(SUBMITTED), ItemState.DECLINED, "item-not-awaiting-review",
                        "This item is not awaiting review: someone may have reviewed it already.");
            case CONSENT:
                return from(state, EnumSet.of(APPROVED), CONSENTED, "item-not-approved",
                        "The writer consents to an approved text only.");
            case DELIVER:
                if (noSend) {
                    return Step.refused("no-send", "A no-send letter is kept for its writer and never delivered.");
                }
                return from(state, EnumSet.of(CONSENTED), DELIVERED, "item-not-ready",
                        "Only an approved item the writer consented to send can be delivered.");
            case MARK_READ:
                return from(state, EnumSet.of(DELIVERED), ItemState.READ, "item-not-delivered",
                        "Only a delivered item can be recorded as read.");
            case WITHDRAW:
                return from(state, EnumSet.of(DRAFT, SUBMITTED, RETURNED, APPROVED, CONSENTED), ItemState.WITHDRAWN,
                        "item-not-pending", "Only an item not yet delivered can be withdrawn.");
            default:
                throw new IllegalArgumentException(action.name());
        }
    }

    private static Step from(ItemState state, Set<ItemState> allowed, ItemState next, String rule, String reason) {
        return allowed.contains(state) ? Step.to(next) : Step.refused(rule, reason + " It is " + state + ".");
    }

    /** Either the next state or the refusal. */
    public static final class Step {
        private final ItemState next;
        private final FlowRefusal refusal;

        private Step(ItemState next, FlowRefusal refusal) {
            this.next = next;
            this.refusal = refusal;
        }

        static Step to(ItemState next) {
            return new Step(next, null);
        }

        static Step refused(String rule, String reason) {
            return new Step(null, new FlowRefusal(rule, reason));
        }

        public boolean allowed() {
            return refusal == null;
        }

        public Optional<FlowRefusal> refusal() {
            return Optional.ofNullable(refusal);
        }

        /** The next state; throws the refusal as a 409 when the step is not allowed. */
        public ItemState nextOrThrow() {
            if (refusal != null) {
                throw refusal.problem();
            }
            return next;
        }
    }
}
