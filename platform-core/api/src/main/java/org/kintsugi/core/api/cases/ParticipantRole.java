package org.kintsugi.core.api.cases;

/** Who someone is in a case. Facilitators are practitioners with an account; the others are not users. */
public enum ParticipantRole {
    PERSON_HARMED, PERSON_RESPONSIBLE, SUPPORTER, AFFECTED_OTHER, FACILITATOR
}
