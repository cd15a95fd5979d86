package org.kintsugi.core.internal.people;

import java.util.Set;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;

/**
 * Who may administer whom. National administrators: everyone. Hub administrators: users whose
 * regions all lie within their own, and never the national role. Nobody else administers users.
 */
final class AdminScope {
    private AdminScope() {
    }

    static void requireAdministrator(Caller caller) {
        if (!caller.hasAnyRole(Role.NATIONAL_ADMIN, Role.HUB_ADMIN)) {
            throw ProblemException.forbidden("Only national and hub administrators manage users.");
        }
    }

    /** Whether the caller may see and change a user with these regions (outside: it does not exist). */
    static boolean covers(Caller caller, Set<String> userRegions) {
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return true;
        }
        return caller.hasRole(Role.HUB_ADMIN) && !userRegions.isEmpty() && caller.regions().containsAll(userRegions);
    }

    /** Whether the caller may hand out these roles in these regions. */
    static void requireGrantable(Caller caller, Set<Role> roles, Set<String> regions) {
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return;
        }
        if (roles.contains(Role.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden("Only a national administrator can grant the national administrator role.");
        }
        if (regions.isEmpty() || !caller.regions().containsAll(regions)) {
            throw ProblemException.forbidden("A hub administrator can only grant access in their own regions.");
        }
    }
}
