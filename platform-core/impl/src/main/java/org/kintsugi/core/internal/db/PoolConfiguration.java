package org.kintsugi.core.internal.db;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Optional;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The platform pool's settings as the operator wrote them ({@code etc/org.ops4j.datasource-kintsugi.cfg},
 * its {@code ${env:...}} already resolved): for what must open a connection of its own outside the pool, or
 * check the pool is large enough.
 */
public final class PoolConfiguration {
    private static final String FILTER = "(&(service.factoryPid=org.ops4j.datasource)(dataSourceName=kintsugi))";

    private final Dictionary<String, Object> settings;

    private PoolConfiguration(Dictionary<String, Object> settings) {
        this.settings = settings;
    }

    /** Empty when no pool is configured (as in unit tests). */
    public static Optional<PoolConfiguration> read(ConfigurationAdmin configs) {
        try {
            Configuration[] found = configs.listConfigurations(FILTER);
            if (found == null || found.length == 0 || found[0].getProperties() == null) {
                return Optional.empty();
            }
            return Optional.of(new PoolConfiguration(found[0].getProperties()));
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("Cannot read the database pool's configuration", e);
        }
    }

    public String driver() {
        return get("osgi.jdbc.driver.class");
    }

    public String url() {
        return get("url");
    }

    public String user() {
        return get("user");
    }

    public String password() {
        return get("password");
    }

    /** The most connections the pool lends at once, if set. */
    public Optional<Integer> maxTotal() {
        String value = get("pool.maxTotal");
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.valueOf(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("pool.maxTotal (KINTSUGI_DB_POOL_SIZE) must be a whole number, not '" + value + "'");
        }
    }

    private String get(String key) {
        Object value = settings.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
