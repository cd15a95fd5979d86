package org.kintsugi.core.internal.security;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Failed logins from one client address, whatever names they tried: the per-name lock alone let one
 * address try a few passwords on every name in turn. Kept beside the names' counts; a success by one
 * name does not clear it, so a single known account cannot launder an address's failures.
 */
@Entity
@Table(name = "login_source_throttle")
public class SourceThrottle extends FailureWindow {
    @Id
    @Column(name = "source_address")
    private String sourceAddress;

    protected SourceThrottle() {
    }

    public SourceThrottle(String sourceAddress, Instant now) {
        super(now);
        this.sourceAddress = sourceAddress;
    }
}
