package org.kintsugi.core.internal.people;

import java.time.LocalDate;
import java.util.Set;

import org.kintsugi.core.api.security.Role;

/** JSON bodies of {@code /api/regions} and {@code /api/users}. */
public final class PeopleRequests {
    private PeopleRequests() {
    }

    public static final class NewRegion {
        public String code;
        public String name;
    }

    public static final class NewUser {
        public String username;
        public String displayName;
        public String password;
        public Set<Role> roles;
        public Set<String> regions;
        public Practitioner practitioner;
        /** Required for partner referrers: the organisation they refer for. */
        public String organisationId;
    }

    /** Replaces roles, regions and the practitioner record; sent with If-Match. */
    public static final class Access {
        public Set<Role> roles;
        public Set<String> regions;
        public Practitioner practitioner;
        public String organisationId;
        public Boolean enabled;
    }

    public static final class Practitioner {
        public PractitionerProfile.Level registrationLevel;
        public boolean sexualHarmTrained;
        public boolean domesticAbuseTrained;
        public LocalDate lastSupervisionOn;
        public LocalDate lastObservedPracticeOn;
        /** User id of the case supervisor who supervises this practitioner; optional. */
        public String supervisorId;
    }
}
