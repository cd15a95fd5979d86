package org.kintsugi.core.spi.cases;

import java.util.Objects;
import java.util.Optional;

import org.kintsugi.core.api.cases.ParticipantRole;

/** Someone in a case, by id and role only: their details stay in the core, encrypted. */
public final class CaseParty {
    private final String participantId;
    private final ParticipantRole role;
    private final String userId;

    public CaseParty(String participantId, ParticipantRole role, String userId) {
        this.participantId = Objects.requireNonNull(participantId);
        this.role = Objects.requireNonNull(role);
        this.userId = userId;
    }

    public String participantId() {
        return participantId;
    }

    public ParticipantRole role() {
        return role;
    }

    /** The user account of a facilitator; empty for everyone else. */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }
}
