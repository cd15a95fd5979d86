package org.kintsugi.letterexchange.internal.letters;

import java.time.Instant;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseParty;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.letterexchange.internal.access.LetterCases;
import org.kintsugi.letterexchange.internal.rest.LetterRequests;
import org.kintsugi.letterexchange.internal.store.LetterUnit;
import org.kintsugi.letterexchange.internal.store.ReceivePreference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Each person harmed's choice whether to receive letters, and replies to their own, recorded by a
 * practitioner on their behalf and changeable at any time. Until they choose, nothing reaches them;
 * items wait undelivered, never lost. A case may have several people harmed: each chooses for themselves.
 */
@Component(service = ReceiveChoices.class)
public class ReceiveChoices {
    private final JpaTemplate jpa;
    private final LetterCases cases;

    @Activate
    public ReceiveChoices(@Reference(target = LetterUnit.READY) JpaTemplate jpa,
            @Reference LetterCases cases) {
        this.jpa = jpa;
        this.cases = cases;
    }

    /** {@code participantId} null: the case's first person harmed. */
    public View get(Caller caller, String caseId, String participantId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseParty harmed = harmed(cases.visible(caller, caseId), participantId);
            return new View(harmed.participantId(),
                    em.find(ReceivePreference.class, new ReceivePreference.Key(caseId, harmed.participantId())));
        });
    }

    public View set(Caller caller, String caseId, String participantId, LetterRequests.Preference body) {
        if (body == null || body.receivesLetters == null || body.receivesReplies == null) {
            throw ProblemException.invalid(java.util.List.of(new FieldProblem("receivesLetters", "true or false is required", "yes-or-no"),
                    new FieldProblem("receivesReplies", "true or false is required", "yes-or-no")));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseParty harmed = harmed(cases.forChange(caller, caseId), participantId);
            ReceivePreference.Key key = new ReceivePreference.Key(caseId, harmed.participantId());
            ReceivePreference choice = em.find(ReceivePreference.class, key);
            if (choice == null) {
                choice = new ReceivePreference(caseId, harmed.participantId());
                em.persist(choice);
            }
            choice.set(body.receivesLetters, body.receivesReplies, caller.userId().toString(), Instant.now());
            return new View(harmed.participantId(), choice);
        });
    }

    /** Another case's participant does not exist here (404); one of this case who was not harmed is a 400. */
    private static CaseParty harmed(CaseSnapshot snapshot, String participantId) {
        if (participantId == null) {
            return snapshot.first(ParticipantRole.PERSON_HARMED).orElseThrow(ProblemException::notFound);
        }
        CaseParty party = snapshot.party(participantId).orElseThrow(ProblemException::notFound);
        if (party.role() != ParticipantRole.PERSON_HARMED) {
            throw ProblemException.invalid(new FieldProblem("participantId", "must be a person harmed of this case",
                    "letter-exchange.chooser-not-harmed"));
        }
        return party;
    }

    public static final class View {
        public final String participantId;
        /** False until the person harmed chooses. */
        public final boolean receivesLetters;
        public final boolean receivesReplies;
        public final boolean chosen;
        public final Instant updatedAt;

        View(String participantId, ReceivePreference choice) {
            this.participantId = participantId;
            this.chosen = choice != null;
            this.receivesLetters = chosen && choice.isReceivesLetters();
            this.receivesReplies = chosen && choice.isReceivesReplies();
            this.updatedAt = chosen ? choice.getUpdatedAt() : null;
        }
    }
}
