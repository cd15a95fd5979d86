package org.kintsugi.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.kintsugi.security.cfg}. */
@ObjectClassDefinition(name = "Kintsugi security", description = "Sessions, login throttling, initial administrator")
public @interface SecurityConfig {
    String PID = "org.kintsugi.security";

    @AttributeDefinition(description = "Minutes without a request after which a session ends")
    int session_idle_minutes() default 30;

    @AttributeDefinition(description = "Hours after login after which a session ends regardless")
    int session_max_hours() default 12;

    @AttributeDefinition(description = "Failed logins for one user name that trigger a lock")
    int login_max_failures() default 5;

    @AttributeDefinition(description = "Minutes in which those failures are counted")
    int login_window_minutes() default 15;

    @AttributeDefinition(description = "Minutes a user name stays locked")
    int login_lock_minutes() default 15;

    @AttributeDefinition(description = "Failed logins from one client address, whatever the names, that lock the address")
    int login_source_max_failures() default 30;

    @AttributeDefinition(description = "Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed")
    String trusted_proxies() default "";

    @AttributeDefinition(description = "Password of the first administrator; empty: generate one into data/initial-admin-password")
    String initial_admin_password() default "";
}
