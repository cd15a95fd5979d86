package org.kintsugi.core.internal.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.internal.cases.CaseParticipant;

/** The queries assessment, decision and the contact gate share. */
public final class AssessmentRecords {
    /** Whose assessments stand between the parties and any contact: never supporters or facilitators. */
    public static final Set<ParticipantRole> ASSESSED_FOR_CONTACT = Set.of(ParticipantRole.PERSON_HARMED,
            ParticipantRole.PERSON_RESPONSIBLE, ParticipantRole.AFFECTED_OTHER);

    private AssessmentRecords() {
    }

    public static List<CaseParticipant> participants(EntityManager em, String caseId) {
        return em.createQuery("select p from CaseParticipant p where p.caseId = :case order by p.addedAt, p.role",
                CaseParticipant.class).setParameter("case", caseId).getResultList();
    }

    public static Optional<Assessment> of(EntityManager em, String participantId) {
        return em.createQuery("select a from Assessment a where a.participantId = :p", Assessment.class)
                .setParameter("p", participantId).getResultList().stream().findFirst();
    }

    public static List<Assessment> ofCase(EntityManager em, String caseId) {
        return em.createQuery("select a from Assessment a where a.caseId = :case order by a.startedAt", Assessment.class)
                .setParameter("case", caseId).getResultList();
    }

    public static List<FactorRating> ratings(EntityManager em, String assessmentId) {
        return em.createQuery("select f from FactorRating f where f.assessmentId = :a order by f.factor", FactorRating.class)
                .setParameter("a", assessmentId).getResultList();
    }

    public static Optional<SupervisionDecision> currentDecision(EntityManager em, String caseId) {
        return em.createQuery("select d from SupervisionDecision d where d.caseId = :case and d.supersededAt is null",
                SupervisionDecision.class).setParameter("case", caseId).getResultList().stream().findFirst();
    }

    /** Remembers that this user wrote part of the assessment, for good: a later revision does not erase it. */
    static void noteWriter(EntityManager em, String assessmentId, String userId) {
        if (em.find(AssessmentWriter.class, new AssessmentWriter.Key(assessmentId, userId)) == null) {
            em.persist(new AssessmentWriter(assessmentId, userId));
        }
    }

    /** Everyone who wrote any part of the case's assessments: none of them may sign those off or decide. */
    static Set<String> writers(EntityManager em, String caseId) {
        return new HashSet<>(em.createQuery("select distinct w.userId from AssessmentWriter w where w.assessmentId in "
                + "(select a.id from Assessment a where a.caseId = :case)", String.class)
                .setParameter("case", caseId).getResultList());
    }

    static Set<String> writersOf(EntityManager em, String assessmentId) {
        return new HashSet<>(em.createQuery("select w.userId from AssessmentWriter w where w.assessmentId = :a",
                String.class).setParameter("a", assessmentId).getResultList());
    }
}
