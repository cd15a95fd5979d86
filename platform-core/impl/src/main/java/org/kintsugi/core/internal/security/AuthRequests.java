package org.kintsugi.core.internal.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.kintsugi.core.api.security.Caller;

/** The JSON bodies of {@code /api/auth}. */
public final class AuthRequests {
    private AuthRequests() {
    }

    public static final class Login {
        public String username;
        public String password;
    }

    public static final class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    public static final class Me {
        public final String id;
        public final String username;
        public final Set<String> roles;
        public final Set<String> regions;

        Me(Caller caller) {
            this.id = caller.userId().toString();
            this.username = caller.getName();
            this.roles = caller.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            this.regions = new TreeSet<>(caller.regions());
        }
    }
}
