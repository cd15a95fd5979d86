package org.kintsugi.core.internal.people;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.kintsugi.core.internal.security.UserAccount;

/** A user as administrators see it: never the password hash. */
public final class UserView {
    public final String id;
    public final String username;
    public final String displayName;
    public final boolean enabled;
    public final Set<String> roles;
    public final Set<String> regions;
    public final PractitionerProfile practitioner;
    public final String organisationId;
    public final long version;

    UserView(UserAccount account, PractitionerProfile practitioner) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.enabled = account.isEnabled();
        this.roles = account.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        this.regions = new TreeSet<>(account.getRegions());
        this.practitioner = practitioner;
        this.organisationId = account.getOrganisationId();
        this.version = account.getVersion();
    }

    /** The entity tag of this version, for If-Match. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
