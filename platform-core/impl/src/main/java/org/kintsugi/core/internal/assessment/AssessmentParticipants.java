package org.kintsugi.core.internal.assessment;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;

/** Who can be assessed on a case: any participant but the facilitators. */
final class AssessmentParticipants {
    private AssessmentParticipants() {
    }

    /** A participant id not of this case does not exist here (404). */
    static CaseParticipant find(EntityManager em, CaseRecord record, String participantId) {
        CaseParticipant participant = participantId == null ? null : em.find(CaseParticipant.class, participantId);
        if (participant == null || !participant.getCaseId().equals(record.getId())
                || participant.getRole() == ParticipantRole.FACILITATOR) {
            throw ProblemException.notFound();
        }
        return participant;
    }
}
