package org.kintsugi.letterexchange.internal.letters;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseParty;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.crypto.SealedText;
import org.kintsugi.letterexchange.internal.access.LetterCases;
import org.kintsugi.letterexchange.internal.flow.ItemAction;
import org.kintsugi.letterexchange.internal.flow.ItemState;
import org.kintsugi.letterexchange.internal.rest.LetterRequests;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterEvent;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.LetterUnit;
import org.kintsugi.letterexchange.internal.store.LetterVersion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writing an item on a participant's behalf: the first draft, changed texts, submission, withdrawal. */
@Component(service = LetterWriting.class)
public class LetterWriting {
    private final JpaTemplate jpa;
    private final LetterCases cases;
    private final SealedText sealer;
    private final ItemChanges changes;
    private final ItemDetails details;

    @Activate
    public LetterWriting(@Reference(target = LetterUnit.READY) JpaTemplate jpa, @Reference LetterCases cases,
            @Reference SealedText sealer, @Reference ItemChanges changes, @Reference ItemDetails details) {
        this.jpa = jpa;
        this.changes = changes;
        this.cases = cases;
        this.sealer = sealer;
        this.details = details;
    }

    public LetterViews.Detail create(Caller caller, String caseId, LetterRequests.NewItem body) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("body"));
        }
        if (body.kind == null) {
            throw ProblemException.invalid(new FieldProblem("kind", "must be LETTER or QUESTIONS", "letter-exchange.kind"));
        }
        String text = TextRules.text("text", body.text);
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.forChange(caller, caseId);
            LetterCases.requireActive(snapshot);
            CaseParty writer = writer(snapshot, body.writerParticipantId);
            Instant now = Instant.now();
            LetterItem item = new LetterItem(caseId, snapshot.region(), body.kind, body.noSend, writer.participantId(),
                    writer.role(), caller.userId().toString(), now);
            address(em, snapshot, item, writer, body);
            em.persist(item);
            em.flush(); // the item row first: EclipseLink orders inserts by class, not by the foreign keys
            Items.addVersion(em, item, LetterVersion.Kind.WRITTEN, null, text, caller.userId().toString(), now, sealer);
            Items.record(em, item, "CREATE", caller.userId().toString(), now);
            return details.of(em, item, snapshot);
        });
    }

    /** A changed text is a new version; the item goes back to draft, and so through review again. */
    public LetterViews.Detail edit(Caller caller, String itemId, LetterRequests.NewText body) {
        String text = TextRules.text("text", body == null ? null : body.text);
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            Items.move(em, item, ItemAction.EDIT, caller.userId().toString(), now);
            Items.addVersion(em, item, LetterVersion.Kind.WRITTEN, null, text, caller.userId().toString(), now, sealer);
        });
    }

    public LetterViews.Detail submit(Caller caller, String itemId) {
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            Items.move(em, item, ItemAction.SUBMIT, caller.userId().toString(), now);
            item.submitted(now);
        });
    }

    /** The writer no longer wants it sent; allowed while held too: anyone can stop at any time. */
    public LetterViews.Detail withdraw(Caller caller, String itemId, LetterRequests.Note body) {
        String reason = TextRules.optionalNote("note", body == null ? null : body.note);
        return changes.apply(caller, itemId, (em, item, snapshot, now) -> {
            LetterEvent event = Items.move(em, item, ItemAction.WITHDRAW, caller.userId().toString(), now);
            if (item.isHeld()) {
                item.release(now);
            }
            if (reason != null) {
                Items.note(event, reason, sealer);
            }
        });
    }

    private static CaseParty writer(CaseSnapshot snapshot, String participantId) {
        return snapshot.party(participantId == null ? "" : participantId)
                .filter(p -> p.role() == ParticipantRole.PERSON_HARMED || p.role() == ParticipantRole.PERSON_RESPONSIBLE)
                .orElseThrow(() -> ProblemException.invalid(new FieldProblem("writerParticipantId",
                        "must be the person harmed or the person responsible of this case", "letter-exchange.writer")));
    }

    /** Who receives it: the writer of the item it replies to, the chosen or first of the other party, or nobody. */
    private static void address(EntityManager em, CaseSnapshot snapshot, LetterItem item, CaseParty writer,
            LetterRequests.NewItem body) {
        if (body.inReplyTo != null) {
            LetterItem original = em.find(LetterItem.class, body.inReplyTo);
            if (original == null || !original.getCaseId().equals(snapshot.caseId())) {
                throw ProblemException.invalid(new FieldProblem("inReplyTo", "must be an item of this case", "letter-exchange.reply-to-unknown"));
            }
            if (original.getState() != ItemState.DELIVERED && original.getState() != ItemState.READ) {
                throw ProblemException.conflict("reply-before-delivery", "Only a delivered item can be replied to.");
            }
            if (!writer.participantId().equals(original.getRecipientParticipantId())) {
                throw ProblemException.invalid(new FieldProblem("writerParticipantId", "a reply is written by the original's recipient", "letter-exchange.reply-writer"));
            }
            item.addressTo(original.getWriterParticipantId(), original.getWriterRole(), original.getId());
            return;
        }
        if (body.noSend) {
            return; // kept for the writer: nobody receives it
        }
        ParticipantRole other = writer.role() == ParticipantRole.PERSON_HARMED
                ? ParticipantRole.PERSON_RESPONSIBLE : ParticipantRole.PERSON_HARMED;
        CaseParty recipient = (body.recipientParticipantId == null ? snapshot.first(other)
                : snapshot.party(body.recipientParticipantId).filter(p -> p.role() == other))
                .orElseThrow(() -> body.recipientParticipantId == null
                        ? ProblemException.conflict("no-recipient", "This case has no " + other.name().toLowerCase()
                                .replace('_', ' ') + " to write to; a no-send letter can still be written.")
                        : ProblemException.invalid(new FieldProblem("recipientParticipantId", "must be a participant of the other party", "letter-exchange.recipient-other-party")));
        item.addressTo(recipient.participantId(), recipient.role(), null);
    }
}
