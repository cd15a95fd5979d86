package org.kintsugi.letterexchange.internal.letters;

import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.ContactGate;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactVerdict;
import org.kintsugi.letterexchange.internal.access.LetterCases;
import org.kintsugi.letterexchange.internal.flow.ItemAction;
import org.kintsugi.letterexchange.internal.flow.ItemFlow;
import org.kintsugi.letterexchange.internal.rest.LetterRequests;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.ReceivePreference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The writer's consent to the approved text, delivery, the recipient's reading, and the release of
 * held items. Delivery asks the core's contact gate inside the same transaction, after the person
 * harmed's choice to receive: nothing goes unless both allow it now.
 */
@Component(service = LetterDelivery.class)
public class LetterDelivery {
    private final ItemChanges changes;
    private final ContactGate gate;

    @Activate
    public LetterDelivery(@Reference ItemChanges changes, @Reference ContactGate gate) {
        this.changes = changes;
        this.gate = gate;
    }

    public LetterViews.Detail consent(Caller caller, String itemId, LetterRequests.Consent body) {
        if (body == null || body.approvedVersion == null) {
            throw ProblemException.invalid(new FieldProblem("approvedVersion", "name the approved version the writer agreed to send", "letter-exchange.approved-version-required"));
        }
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            ItemFlow.step(ItemAction.CONSENT, item.getState(), item.isHeld(), item.isNoSend()).nextOrThrow();
            if (!body.approvedVersion.equals(item.getApprovedVersion())) {
                throw ProblemException.conflict("approved-text-changed", "The writer consented to version "
                        + body.approvedVersion + " but the approved text is version " + item.getApprovedVersion() + ".");
            }
            Items.move(em, item, ItemAction.CONSENT, caller.userId().toString(), now);
            item.consented(now);
        });
    }

    public LetterViews.Detail deliver(Caller caller, String itemId) {
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            ItemFlow.step(ItemAction.DELIVER, item.getState(), item.isHeld(), item.isNoSend()).nextOrThrow();
            requireRecipientReceives(em, item);
            ContactVerdict verdict = gate.check(item.getCaseId(), ContactKind.INDIRECT);
            if (!verdict.allowed()) {
                throw ProblemException.conflict(verdict.refusals().get(0).rule(), "Indirect contact may not happen on "
                        + "this case now: " + verdict.refusals().stream().map(r -> "[" + r.rule() + "] " + r.reason())
                        .collect(Collectors.joining("; ")));
            }
            Items.move(em, item, ItemAction.DELIVER, caller.userId().toString(), now);
            item.delivered(caller.userId().toString(), now);
        });
    }

    public LetterViews.Detail markRead(Caller caller, String itemId) {
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            Items.move(em, item, ItemAction.MARK_READ, caller.userId().toString(), now);
            item.read(now);
        });
    }

    /** One held item at a time, once the case goes on: resuming a case releases nothing by itself. */
    public LetterViews.Detail release(Caller caller, String itemId) {
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            LetterCases.requireActive(snapshot);
            Items.move(em, item, ItemAction.RELEASE, caller.userId().toString(), now);
            item.release(now);
        });
    }

    /** The person harmed receives only what they chose to: letters, and replies to their own. */
    private static void requireRecipientReceives(EntityManager em, LetterItem item) {
        if (item.getRecipientRole() != ParticipantRole.PERSON_HARMED) {
            return;
        }
        ReceivePreference choice = em.find(ReceivePreference.class,
                new ReceivePreference.Key(item.getCaseId(), item.getRecipientParticipantId()));
        boolean reply = item.getInReplyTo() != null;
        if (choice == null || !(reply ? choice.isReceivesReplies() : choice.isReceivesLetters())) {
            throw ProblemException.conflict("recipient-not-receiving", "The person harmed has not chosen to receive "
                    + (reply ? "replies" : "letters") + "; the item waits until they do.");
        }
    }
}
