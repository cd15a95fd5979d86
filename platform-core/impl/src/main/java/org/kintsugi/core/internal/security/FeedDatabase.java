package org.kintsugi.core.internal.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.kintsugi.core.internal.db.DirectConnections;
import org.kintsugi.core.internal.db.PoolConfiguration;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The change feed's own connection to the platform database: the pool's settings
 * ({@code etc/org.ops4j.datasource-kintsugi.cfg}), but outside the pool, since it stays open for as
 * long as the node runs and must not take a connection from requests. PostgreSQL only: H2 has no
 * notifications, so on the embedded database callers are always read from the database.
 */
final class FeedDatabase {
    static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";
    /** Named, so an administrator can tell it apart in pg_stat_activity; timeouts, so a cut network shows. */
    private static final String OPTIONS = "ApplicationName=kintsugi-auth-changes&connectTimeout=5&socketTimeout=10"
            + "&tcpKeepAlive=true";

    private FeedDatabase() {
    }

    /** The URL, user and password of the pool, when it is a PostgreSQL one. */
    static Optional<Properties> settings(ConfigurationAdmin configs) {
        Optional<PoolConfiguration> found = PoolConfiguration.read(configs);
        if (found.isEmpty() || !POSTGRESQL_DRIVER.equals(found.get().driver()) || found.get().url() == null) {
            return Optional.empty();
        }
        PoolConfiguration pool = found.get();
        return Optional.of(DirectConnections.settings(pool.url() + (pool.url().contains("?") ? "&" : "?") + OPTIONS,
                pool.user(), pool.password()));
    }

    static Connection open(BundleContext context, Properties settings) throws SQLException {
        return DirectConnections.open(context, POSTGRESQL_DRIVER, settings);
    }
}
