package org.kintsugi.core.internal.venues;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;

/**
 * Who sees a region's venues (its hub staff and practitioners, who choose from them) and who manages them (its
 * hub staff). Outside those regions a venue does not exist (404).
 */
final class VenueScope {
    private VenueScope() {
    }

    static void requireSees(Caller caller, String region) {
        boolean sees = caller.hasRole(Role.NATIONAL_ADMIN) || (caller.regions().contains(region) && caller.hasAnyRole(
                Role.HUB_ADMIN, Role.COORDINATOR, Role.PRACTITIONER, Role.CASE_SUPERVISOR));
        if (!sees) {
            throw ProblemException.notFound();
        }
    }

    static void requireManages(Caller caller, String region) {
        requireSees(caller, region);
        if (!caller.hasRole(Role.NATIONAL_ADMIN) && !caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR)) {
            throw ProblemException.forbidden("Only the region's hub staff manage its venues.");
        }
    }

    static void requireSetsPolicy(Caller caller, String region) {
        requireSees(caller, region);
        if (!caller.hasRole(Role.NATIONAL_ADMIN) && !caller.hasRole(Role.HUB_ADMIN)) {
            throw ProblemException.forbidden("Only the region's hub administrator sets how long a safety check counts.");
        }
    }
}
