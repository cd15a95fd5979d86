package org.kintsugi.core.internal.assessment;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;

/** The vocabulary of assessment and supervision (domain.md, stages 4 and 5). */
public final class AssessmentTerms {
    private AssessmentTerms() {
    }

    /** Suitability and risk factors; some concern only the person responsible. */
    public enum Factor {
        EMPATHY_FOR_PERSON_HARMED(true),
        REALISTIC_EXPECTATIONS(false),
        RECOGNITION_OF_COERCIVE_CONTROL(false),
        THERAPEUTIC_WORK(false),
        MOTIVATION_FOR_CHANGE(true),
        RESILIENCE(false),
        PROTECTIVE_FACTORS(false),
        ACKNOWLEDGEMENT_OF_RESPONSIBILITY(true);

        private final boolean personResponsibleOnly;

        Factor(boolean personResponsibleOnly) {
            this.personResponsibleOnly = personResponsibleOnly;
        }

        /** The factors an assessment of someone in this role rates, every one before it is complete. */
        public static Set<Factor> applicableTo(ParticipantRole role) {
            Set<Factor> factors = EnumSet.allOf(Factor.class);
            if (role != ParticipantRole.PERSON_RESPONSIBLE) {
                factors.removeIf(f -> f.personResponsibleOnly);
            }
            return factors;
        }
    }

    /** How strongly the factor is present; for every factor, STRONG is the reassuring end. */
    public enum Rating {
        STRONG, ADEQUATE, LIMITED, ABSENT;

        public boolean sufficient() {
            return this == STRONG || this == ADEQUATE;
        }
    }

    /** IN_PROGRESS while written (and again when new risk information re-opens it). */
    public enum Status { IN_PROGRESS, COMPLETED, SIGNED_OFF }

    /** What the supervisor decided; only the first two allow any contact between the parties. */
    public enum Outcome {
        DIRECT_CONTACT, INDIRECT_CONTACT, SURVIVOR_ONLY, NOT_SUITABLE;

        /** Direct contact includes the indirect kinds (a letter before a meeting); the reverse never. */
        public boolean allows(ContactKind kind) {
            return this == DIRECT_CONTACT || (this == INDIRECT_CONTACT && kind == ContactKind.INDIRECT);
        }
    }
}
