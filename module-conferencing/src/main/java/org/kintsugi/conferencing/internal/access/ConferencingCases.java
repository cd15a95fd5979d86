package org.kintsugi.conferencing.internal.access;

import java.util.Set;

import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseAccess;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.module.ModuleAvailability;
import org.kintsugi.conferencing.internal.Conferencing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cases as Conferencing may use them: in the caller's scope (the core decides) and in a region that offers
 * the module; otherwise they do not exist (404), exactly like an unknown id. Changing anything is for the
 * practitioners who work on the case: its facilitators and their supervisors.
 */
@Component(service = ConferencingCases.class)
public class ConferencingCases {
    private final CaseAccess cases;
    private final ModuleAvailability availability;

    @Activate
    public ConferencingCases(@Reference CaseAccess cases, @Reference ModuleAvailability availability) {
        this.cases = cases;
        this.availability = availability;
    }

    public CaseSnapshot visible(Caller caller, String caseId) {
        return cases.visible(caller, caseId).filter(this::offered).orElseThrow(ProblemException::notFound);
    }

    /**
     * Locks the case (as a pause or withdrawal does) and checks the caller works on it. Call it before
     * touching the module's own rows: every writer takes the case first, so none waits for another in a circle.
     */
    public CaseSnapshot forChange(Caller caller, String caseId) {
        CaseSnapshot snapshot = cases.visibleForUpdate(caller, caseId).filter(this::offered)
                .orElseThrow(ProblemException::notFound);
        if (!snapshot.callerPractises()) {
            throw ProblemException.forbidden("Only the case's facilitators and their supervisors change its meetings.");
        }
        return snapshot;
    }

    /** For new work, or releasing held work: the case must be open and not on hold. */
    public static void requireActive(CaseSnapshot snapshot) {
        if (snapshot.stage() == CaseStage.CLOSED) {
            throw ProblemException.conflict("case-closed", "The case is closed.");
        }
        switch (snapshot.hold()) {
            case PAUSED:
                throw ProblemException.conflict("case-paused", "The case is paused; meetings wait until it goes on.");
            case WITHDRAWN:
                throw ProblemException.conflict("case-withdrawn", "The case was withdrawn.");
            case HALTED:
                throw ProblemException.conflict("case-halted", "The case was halted.");
            default:
                break;
        }
    }

    /** The cases the caller's team facilitates: where their own work is, for their home page. */
    public Set<String> practised(Caller caller) {
        return cases.visibleCases(caller).workedOn();
    }

    /** The regions that offer this module now. */
    public Set<String> offeredRegions() {
        return availability.enabledRegions(Conferencing.ID);
    }

    private boolean offered(CaseSnapshot snapshot) {
        return availability.enabledIn(Conferencing.ID, snapshot.region());
    }
}
