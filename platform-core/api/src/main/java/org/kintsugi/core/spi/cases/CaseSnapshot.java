package org.kintsugi.core.spi.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;

/** A case as one caller may see it, at one moment: enough for a module to decide what to show and allow. */
public final class CaseSnapshot {
    private final String caseId;
    private final String region;
    private final CaseStage stage;
    private final CaseHold hold;
    private final boolean specialRisk;
    private final List<CaseParty> parties;
    private final boolean callerPractises;
    private final String reference;

    public CaseSnapshot(String caseId, String region, CaseStage stage, CaseHold hold, boolean specialRisk,
            List<CaseParty> parties, boolean callerPractises) {
        this(caseId, null, region, stage, hold, specialRisk, parties, callerPractises);
    }

    /** @since 1.4, with the case's reference (REGION-YEAR-NUMBER) for lists and screens. */
    public CaseSnapshot(String caseId, String reference, String region, CaseStage stage, CaseHold hold,
            boolean specialRisk, List<CaseParty> parties, boolean callerPractises) {
        this.reference = reference;
        this.caseId = Objects.requireNonNull(caseId);
        this.region = Objects.requireNonNull(region);
        this.stage = Objects.requireNonNull(stage);
        this.hold = Objects.requireNonNull(hold);
        this.specialRisk = specialRisk;
        this.parties = List.copyOf(parties);
        this.callerPractises = callerPractises;
    }

    public String caseId() {
        return caseId;
    }

    /** The case's reference as people quote it; empty when the core did not give one. @since 1.4 */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public String region() {
        return region;
    }

    public CaseStage stage() {
        return stage;
    }

    public CaseHold hold() {
        return hold;
    }

    /** Sexual harm or domestic abuse: two facilitators, specialist training, risk revisited at every stage. */
    public boolean specialRisk() {
        return specialRisk;
    }

    public List<CaseParty> parties() {
        return parties;
    }

    public Optional<CaseParty> party(String participantId) {
        return parties.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }

    public Optional<CaseParty> first(ParticipantRole role) {
        return parties.stream().filter(p -> p.role() == role).findFirst();
    }

    /**
     * Whether the caller facilitates the case or supervises one who does: what only practitioners on
     * the case may see (a letter's original, unredacted text) depends on this, not on hub membership.
     */
    public boolean callerPractises() {
        return callerPractises;
    }
}
