package org.kintsugi.letterexchange.internal.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseAccess;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.cases.VisibleCases;
import org.kintsugi.core.spi.module.ModuleAvailability;
import org.kintsugi.letterexchange.internal.LetterExchange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cases as letter exchange may use them: in the caller's scope (the core decides) and in a region that
 * offers letter exchange; otherwise they do not exist (404). Changing anything on a case's letters is
 * for the practitioners who work on the case: its facilitators and their supervisors.
 */
@Component(service = LetterCases.class)
public class LetterCases {
    private final CaseAccess cases;
    private final ModuleAvailability availability;

    @Activate
    public LetterCases(@Reference CaseAccess cases, @Reference ModuleAvailability availability) {
        this.cases = cases;
        this.availability = availability;
    }

    public CaseSnapshot visible(Caller caller, String caseId) {
        return offered(cases.visible(caller, caseId));
    }

    /**
     * Locks the case (as a pause or withdrawal does) and checks the caller works on it. Call before
     * locking any item of the case: every writer takes the case first, so none waits for another in a circle.
     */
    public CaseSnapshot forChange(Caller caller, String caseId) {
        CaseSnapshot snapshot = offered(cases.visibleForUpdate(caller, caseId));
        if (!snapshot.callerPractises()) {
            throw ProblemException.forbidden("Only the case's facilitators and their supervisors work on its letters.");
        }
        return snapshot;
    }

    /** For starting new work or releasing held work: the case must be open and not on hold. */
    public static void requireActive(CaseSnapshot snapshot) {
        if (snapshot.stage() == CaseStage.CLOSED) {
            throw ProblemException.conflict("case-closed", "The case is closed.");
        }
        if (snapshot.hold() != org.kintsugi.core.api.cases.CaseHold.NONE) {
            throw ProblemException.conflict("case-on-hold", "The case is " + snapshot.hold().name().toLowerCase()
                    + "; letters wait until it goes on.");
        }
    }

    /** The visible cases among these, in regions that offer letter exchange. */
    public Map<String, CaseSnapshot> visible(Caller caller, Collection<String> caseIds) {
        Map<String, Boolean> offeredIn = new HashMap<>();
        return cases.visible(caller, caseIds).entrySet().stream()
                .filter(e -> offeredIn.computeIfAbsent(e.getValue().region(),
                        region -> availability.enabledIn(LetterExchange.ID, region)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The caller's scope, for lists a module pages in its own query; see {@link CaseAccess#visibleCases}. */
    public VisibleCases visibleCases(Caller caller) {
        return cases.visibleCases(caller);
    }

    /** Of the cases the caller sees, those {@code userId} facilitates. */
    public Set<String> facilitatedBy(Caller caller, String userId) {
        return cases.facilitatedBy(caller, userId);
    }

    /** Regions that offer letter exchange. */
    public Set<String> offeringRegions() {
        return availability.enabledRegions(LetterExchange.ID);
    }

    public boolean offeredIn(String regionCode) {
        return availability.enabledIn(LetterExchange.ID, regionCode);
    }

    private CaseSnapshot offered(Optional<CaseSnapshot> snapshot) {
        return snapshot.filter(s -> offeredIn(s.region())).orElseThrow(ProblemException::notFound);
    }
}
