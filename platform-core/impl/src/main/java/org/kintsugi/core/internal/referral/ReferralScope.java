package org.kintsugi.core.internal.referral;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;

/** Who sees which referral, and who sees the parties' details. Outside scope a referral does not exist. */
final class ReferralScope {
    private ReferralScope() {
    }

    static boolean mayRefer(Caller caller) {
        return caller.hasAnyRole(Role.NATIONAL_ADMIN, Role.HUB_ADMIN, Role.COORDINATOR, Role.PARTNER_REFERRER);
    }

    static boolean mayList(Caller caller) {
        return mayRefer(caller);
    }

    static boolean visible(Caller caller, Referral referral) {
        return seesDetails(caller, referral) || caller.userId().toString().equals(referral.getReferrerUserId());
    }

    /** Hub staff of the referral's region, and national administrators. Partner referrers never. */
    static boolean seesDetails(Caller caller, Referral referral) {
        return caller.hasRole(Role.NATIONAL_ADMIN) || (caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR)
                && caller.regions().contains(referral.getRegionCode()));
    }
}
