package org.kintsugi.core.internal.participants;

import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.internal.referral.ReferralRequests;

/** Request bodies for participants and notes. */
public final class ParticipantRequests {
    private ParticipantRequests() {
    }

    public static final class NewParticipant {
        /** PERSON_HARMED, PERSON_RESPONSIBLE, SUPPORTER or AFFECTED_OTHER; never FACILITATOR (they are allocated). */
        public ParticipantRole role;
        public ReferralRequests.Party details;
        /** For a supporter: the participant they support. */
        public String supports;
    }

    public static final class NewNote {
        public String text;
        /** Participant roles who may be shown this note; none: practitioners only. */
        public Set<ParticipantRole> visibleTo;
    }
}
