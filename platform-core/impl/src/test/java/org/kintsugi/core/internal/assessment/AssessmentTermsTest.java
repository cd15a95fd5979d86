package org.kintsugi.core.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;

class AssessmentTermsTest {
    @Test
    void thePersonResponsibleIsAssessedOnEveryFactorOthersOnTheSharedOnes() {
        assertEquals(EnumSet.allOf(AssessmentTerms.Factor.class),
                AssessmentTerms.Factor.applicableTo(ParticipantRole.PERSON_RESPONSIBLE));
        for (ParticipantRole role : new ParticipantRole[] {ParticipantRole.PERSON_HARMED,
            ParticipantRole.SUPPORTER, ParticipantRole.AFFECTED_OTHER}) {
            assertEquals(5, AssessmentTerms.Factor.applicableTo(role).size());
            assertFalse(AssessmentTerms.Factor.applicableTo(role)
                    .contains(AssessmentTerms.Factor.ACKNOWLEDGEMENT_OF_RESPONSIBILITY));
        }
    }

    @Test
    void onlyDirectAndIndirectDecisionsAllowContactAndIndirectNeverAllowsMeeting() {
        assertTrue(AssessmentTerms.Outcome.DIRECT_CONTACT.allows(ContactKind.DIRECT));
        assertTrue(AssessmentTerms.Outcome.DIRECT_CONTACT.allows(ContactKind.INDIRECT));
        assertTrue(AssessmentTerms.Outcome.INDIRECT_CONTACT.allows(ContactKind.INDIRECT));
        assertFalse(AssessmentTerms.Outcome.INDIRECT_CONTACT.allows(ContactKind.DIRECT));
        for (ContactKind kind : ContactKind.values()) {
            assertFalse(AssessmentTerms.Outcome.SURVIVOR_ONLY.allows(kind));
            assertFalse(AssessmentTerms.Outcome.NOT_SUITABLE.allows(kind));
        }
    }

    @Test
    void onlyStrongOrAdequateCountsAsAcknowledged() {
        assertTrue(AssessmentTerms.Rating.STRONG.sufficient());
        assertTrue(AssessmentTerms.Rating.ADEQUATE.sufficient());
        assertFalse(AssessmentTerms.Rating.LIMITED.sufficient());
        assertFalse(AssessmentTerms.Rating.ABSENT.sufficient());
    }
}
