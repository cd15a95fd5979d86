package org.kintsugi.letterexchange.internal.letters;

import java.util.List;
import java.util.stream.Collectors;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.crypto.SealedText;
import org.kintsugi.letterexchange.internal.check.ContactDetailsCheck;
import org.kintsugi.letterexchange.internal.check.ContactFlag;
import org.kintsugi.letterexchange.internal.check.Redaction;
import org.kintsugi.letterexchange.internal.flow.ItemAction;
import org.kintsugi.letterexchange.internal.flow.ItemFlow;
import org.kintsugi.letterexchange.internal.rest.LetterRequests;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterEvent;
import org.kintsugi.letterexchange.internal.store.LetterVersion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A facilitator's review of a submitted item: approve (perhaps with passages redacted), return it with
 * comments for changes, or decline it with reasons. The reviewed text is kept as it was; a redaction
 * is a new version, and the approved version is what the recipient may ever see.
 */
@Component(service = LetterReview.class)
public class LetterReview {
    private final ItemChanges changes;
    private final SealedText sealer;

    @Activate
    public LetterReview(@Reference ItemChanges changes, @Reference SealedText sealer) {
        this.changes = changes;
        this.sealer = sealer;
    }

    public LetterViews.Detail approve(Caller caller, String itemId, LetterRequests.Approval body) {
        LetterRequests.Approval approval = body == null ? new LetterRequests.Approval() : body;
        String by = caller.userId().toString();
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            ItemFlow.step(ItemAction.APPROVE, item.getState(), item.isHeld(), item.isNoSend()).nextOrThrow();
            int reviewed = item.getCurrentVersion();
            List<Redaction.Range> ranges = approval.redactions == null ? List.of() : approval.redactions;
            String approved = Redaction.apply(Items.text(em, item, reviewed, sealer), ranges);
            if (!item.isNoSend() && !approval.contactDetailsChecked) {
                refuseFlagged(ContactDetailsCheck.scan(approved));
            }
            Items.move(em, item, ItemAction.APPROVE, by, now);
            int approvedNumber = reviewed;
            if (!ranges.isEmpty()) {
                approvedNumber = Items.addVersion(em, item, LetterVersion.Kind.REDACTED, reviewed, approved, by, now, sealer);
                Items.record(em, item, "REDACT", by, now);
            }
            item.reviewed(by, now, approvedNumber);
        });
    }

    public LetterViews.Detail returnForChanges(Caller caller, String itemId, LetterRequests.Note body) {
        return decide(caller, itemId, ItemAction.RETURN, TextRules.note("note", body == null ? null : body.note));
    }

    public LetterViews.Detail decline(Caller caller, String itemId, LetterRequests.Note body) {
        return decide(caller, itemId, ItemAction.DECLINE, TextRules.note("note", body == null ? null : body.note));
    }

    private LetterViews.Detail decide(Caller caller, String itemId, ItemAction action, String note) {
        String by = caller.userId().toString();
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            LetterEvent event = Items.move(em, item, action, by, now);
            Items.note(event, note, sealer);
            item.reviewed(by, now, null);
        });
    }

    /** Flagged passages must be redacted, or confirmed by the facilitator as safe to pass on. */
    private static void refuseFlagged(List<ContactFlag> flags) {
        if (!flags.isEmpty()) {
            throw ProblemException.conflict("contact-details-flagged", flags.size() + " passage(s) look like contact "
                    + "details (" + flags.stream().map(f -> f.kind().name()).distinct().collect(Collectors.joining(", "))
                    + "). Redact them, or confirm with contactDetailsChecked that they may be passed on.");
        }
    }
}
