package org.kintsugi.core.internal.security;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Failed logins for one user name, whether or not such a user exists, so that an unknown
 * name and a wrong password are indistinguishable, lockout included.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends FailureWindow {
    @Id
    @Column(name = "username_key")
    private String usernameKey;

    protected LoginThrottle() {
    }

    public LoginThrottle(String usernameKey, Instant now) {
        super(now);
        this.usernameKey = usernameKey;
    }
}
