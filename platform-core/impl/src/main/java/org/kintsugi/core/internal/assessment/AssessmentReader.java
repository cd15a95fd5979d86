package org.kintsugi.core.internal.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Shows a case's assessments (one per assessable participant, started or not) and its decisions. */
@Component(service = AssessmentReader.class)
public class AssessmentReader {
    private final JpaTemplate jpa;
    private final FieldCipher cipher;

    @Activate
    public AssessmentReader(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
    }

    public List<AssessmentViews.Assessment> assessments(Caller caller, String caseId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseScope.findVisible(em, caller, caseId);
            return AssessmentRecords.participants(em, caseId).stream()
                    .filter(p -> p.getRole() != ParticipantRole.FACILITATOR)
                    .map(p -> view(em, p)).collect(Collectors.toList());
        });
    }

    public List<AssessmentViews.Decision> decisions(Caller caller, String caseId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseScope.findVisible(em, caller, caseId);
            return em.createQuery("select d from SupervisionDecision d where d.caseId = :case order by d.decidedAt desc",
                    SupervisionDecision.class).setParameter("case", caseId).getResultList().stream()
                    .map(this::view).collect(Collectors.toList());
        });
    }

    AssessmentViews.Assessment view(EntityManager em, CaseParticipant participant) {
        AssessmentViews.Assessment view = new AssessmentViews.Assessment();
        view.participantId = participant.getId();
        view.participantRole = participant.getRole();
        view.factors = new ArrayList<>();
        view.riskInformation = em.createQuery("select r from RiskInformation r where r.participantId = :p "
                + "order by r.recordedAt", RiskInformation.class).setParameter("p", participant.getId()).getResultList()
                .stream().map(this::view).collect(Collectors.toList());
        Set<AssessmentTerms.Factor> unrated = EnumSet.copyOf(AssessmentTerms.Factor.applicableTo(participant.getRole()));
        Optional<Assessment> found = AssessmentRecords.of(em, participant.getId());
        if (found.isEmpty()) {
            view.unrated = new ArrayList<>(unrated);
            return view;
        }
        Assessment a = found.get();
        view.id = a.getId();
        view.status = a.getStatus();
        view.startedAt = a.getStartedAt();
        view.completedAt = a.getCompletedAt();
        view.completedBy = a.getCompletedBy();
        view.signedOffAt = a.getSignedOffAt();
        view.signedOffBy = a.getSignedOffBy();
        view.reopenedCount = a.getReopenedCount();
        for (FactorRating rating : AssessmentRecords.ratings(em, a.getId())) {
            AssessmentViews.Factor factor = new AssessmentViews.Factor();
            factor.factor = rating.getFactor();
            factor.rating = rating.getRating();
            factor.notes = cipher.decrypt(rating.getNotesEnc(), rating.cipherId(), "notes");
            factor.ratedBy = rating.getRatedBy();
            factor.ratedAt = rating.getRatedAt();
            view.factors.add(factor);
            unrated.remove(rating.getFactor());
        }
        view.unrated = new ArrayList<>(unrated);
        return view;
    }

    private AssessmentViews.Risk view(RiskInformation risk) {
        AssessmentViews.Risk view = new AssessmentViews.Risk();
        view.information = cipher.decrypt(risk.getInformationEnc(), risk.getId(), "information");
        view.recordedBy = risk.getRecordedBy();
        view.recordedAt = risk.getRecordedAt();
        return view;
    }

    private AssessmentViews.Decision view(SupervisionDecision decision) {
        AssessmentViews.Decision view = new AssessmentViews.Decision();
        view.id = decision.getId();
        view.outcome = decision.getOutcome();
        view.reasons = cipher.decrypt(decision.getReasonsEnc(), decision.getId(), "reasons");
        view.conditions = cipher.decrypt(decision.getConditionsEnc(), decision.getId(), "conditions");
        view.decidedBy = decision.getDecidedBy();
        view.decidedAt = decision.getDecidedAt();
        view.current = decision.isCurrent();
        view.supersededAt = decision.getSupersededAt();
        view.supersededBecause = decision.getSupersededBecause();
        return view;
    }
}
