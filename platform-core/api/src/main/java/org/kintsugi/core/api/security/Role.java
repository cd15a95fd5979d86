package org.kintsugi.core.api.security;

/** The roles a user can hold. What each may see is decided in the core, never in the client. */
public enum Role {
    NATIONAL_ADMIN,
    HUB_ADMIN,
    COORDINATOR,
    PRACTITIONER,
    CASE_SUPERVISOR,
    PARTNER_REFERRER,
    /** Aggregate figures only; never personal data. */
    COMMISSIONER
}
