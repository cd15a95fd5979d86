package org.kintsugi.core.internal.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writing, completing and signing off a participant's assessment, at the assessment stage. */
@Component(service = AssessmentService.class)
public class AssessmentService {
    static final int MAX_TEXT = 4000;

    private final JpaTemplate jpa;
    private final FieldCipher cipher;
    private final AssessmentReader reader;

    @Activate
    public AssessmentService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys, @Reference AssessmentReader reader) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
        this.reader = reader;
    }

    /** Records or revises the named factors' ratings; the others keep theirs. */
    public AssessmentViews.Assessment rate(Caller caller, String caseId, String participantId,
            AssessmentRequests.Factors body) {
        requirePractitioner(caller, "Assessments are written by practitioners.");
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseParticipant participant = lockForWriting(em, caller, caseId, participantId);
            validate(participant.getRole(), body);
            Instant now = Instant.now();
            Assessment assessment = AssessmentRecords.of(em, participantId).orElseGet(() -> {
                Assessment started = new Assessment(UUID.randomUUID().toString(), caseId, participantId, now);
                em.persist(started);
                em.flush(); // the ratings' foreign key needs the row
                return started;
            });
            requireInProgress(assessment);
            AssessmentRecords.noteWriter(em, assessment.getId(), caller.userId().toString());
            for (Map.Entry<AssessmentTerms.Factor, AssessmentRequests.Entry> entry : body.factors.entrySet()) {
                FactorRating rating = em.find(FactorRating.class, new FactorRating.Key(assessment.getId(), entry.getKey()));
                if (rating == null) {
                    rating = new FactorRating(assessment.getId(), entry.getKey());
                    em.persist(rating);
                }
                rating.rate(entry.getValue().rating, cipher.encrypt(entry.getValue().notes.trim(), rating.cipherId(), "notes"),
                        caller.userId().toString(), caller.getName(), now);
            }
            em.flush();
            return reader.view(em, participant);
        });
    }

    /** The writer says it is done: every applicable factor must be rated. */
    public AssessmentViews.Assessment complete(Caller caller, String caseId, String participantId) {
        requirePractitioner(caller, "Assessments are written by practitioners.");
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseParticipant participant = lockForWriting(em, caller, caseId, participantId);
            Assessment assessment = AssessmentRecords.of(em, participantId).orElseThrow(() -> ProblemException.conflict(
                    "assessment-not-started", "Nothing of this assessment is written yet."));
            requireInProgress(assessment);
            List<FieldProblem> unrated = new ArrayList<>();
            Set<AssessmentTerms.Factor> rated = Set.copyOf(AssessmentRecords.ratings(em, assessment.getId()).stream()
                    .map(FactorRating::getFactor).collect(java.util.stream.Collectors.toSet()));
            for (AssessmentTerms.Factor factor : AssessmentTerms.Factor.applicableTo(participant.getRole())) {
                if (!rated.contains(factor)) {
                    unrated.add(new FieldProblem("factors." + factor, "must be rated before the assessment is complete", "factor-unrated"));
                }
            }
            if (!unrated.isEmpty()) {
                throw ProblemException.invalid(unrated);
            }
            Instant now = Instant.now();
            assessment.complete(caller.getName(), now);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.ASSESSMENT_COMPLETED,
                    "Assessment of the " + CaseGuards.label(participant.getRole()) + " completed",
                    Map.of("role", participant.getRole().name()));
            return reader.view(em, participant);
        });
    }

    /** A case supervisor who wrote none of it signs it off. */
    public AssessmentViews.Assessment signOff(Caller caller, String caseId, String participantId) {
        if (!caller.hasRole(Role.CASE_SUPERVISOR)) {
            throw ProblemException.forbidden("Only a case supervisor signs off assessments.");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseParticipant participant = lockForWriting(em, caller, caseId, participantId);
            Assessment assessment = AssessmentRecords.of(em, participantId)
                    .filter(a -> a.getStatus() == AssessmentTerms.Status.COMPLETED)
                    .orElseThrow(() -> ProblemException.conflict("assessment-not-completed",
                            "Only a completed assessment can be signed off."));
            if (AssessmentRecords.writersOf(em, assessment.getId()).contains(caller.userId().toString())) {
                throw ProblemException.conflict("own-work",
                        "Nobody signs off their own work: another case supervisor signs off this assessment.");
            }
            Instant now = Instant.now();
            assessment.signOff(caller.userId().toString(), caller.getName(), now);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.ASSESSMENT_SIGNED_OFF,
                    "Assessment of the " + CaseGuards.label(participant.getRole()) + " signed off",
                    Map.of("role", participant.getRole().name()));
            return reader.view(em, participant);
        });
    }

    static void requirePractitioner(Caller caller, String why) {
        if (!caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR)) {
            throw ProblemException.forbidden(why);
        }
    }

    /**
     * Locks the case; it must be active and at the assessment stage or later, the participant one of its
     * own. Later stages serve someone who joined after the decision (a relative for a family circle): the
     * contact gate still asks for a decision taken after a party's assessment was signed off.
     */
    private static CaseParticipant lockForWriting(EntityManager em, Caller caller, String caseId, String participantId) {
        CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
        CaseParticipant participant = AssessmentParticipants.find(em, record, participantId);
        CaseGuards.requireActive(record);
        if (record.getStage().compareTo(CaseStage.ASSESSMENT) < 0) {
            CaseGuards.requireStage(record, CaseStage.ASSESSMENT, "Assessments are written and signed off from");
        }
        return participant;
    }

    private static void requireInProgress(Assessment assessment) {
        if (assessment.getStatus() != AssessmentTerms.Status.IN_PROGRESS) {
            throw ProblemException.conflict("assessment-not-in-progress", "This assessment is "
                    + assessment.getStatus().name().toLowerCase().replace('_', ' ')
                    + "; record new risk information to re-open it.");
        }
    }

    private static void validate(ParticipantRole role, AssessmentRequests.Factors body) {
        if (body == null || body.factors == null || body.factors.isEmpty()) {
            throw ProblemException.invalid(new FieldProblem("factors", "name at least one factor with its rating and notes", "factor-required"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<AssessmentTerms.Factor> applicable = AssessmentTerms.Factor.applicableTo(role);
        body.factors.forEach((factor, entry) -> {
            String field = "factors." + factor;
            if (!applicable.contains(factor)) {
                problems.add(new FieldProblem(field, "does not apply to the " + CaseGuards.label(role), "factor-not-applicable"));
            } else if (entry == null || entry.rating == null) {
                problems.add(FieldProblem.required(field + ".rating"));
            }
            if (entry != null && (entry.notes == null || entry.notes.isBlank() || entry.notes.length() > MAX_TEXT)) {
                problems.add(FieldProblem.requiredAtMost(field + ".notes", MAX_TEXT));
            }
        });
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
