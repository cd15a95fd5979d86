package org.kintsugi.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;

import org.kintsugi.core.spi.schema.DatabaseUnavailableException;
import org.kintsugi.core.spi.schema.SchemaMigrationException;
import org.kintsugi.core.spi.schema.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase, run per bundle against the platform database. Liquibase's lock table keeps two
 * nodes from migrating at once, and {@link MigrationLock} frees it from a node that died migrating;
 * its changelog table makes a second run apply nothing. Migrations run as the tables' owner when one
 * is configured ({@code etc/org.kintsugi.migrations.cfg}), and the pool's role is then granted what
 * requests need and no more ({@link ServiceGrants}).
 */
@Component(service = {SchemaMigrations.class, LiquibaseMigrations.class}, configurationPid = MigrationsConfig.PID)
public class LiquibaseMigrations implements SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseMigrations.class);
    /**
     * One migration at a time in this JVM. Liquibase's lock table serialises nodes, but not two runs
     * that both find it missing on an empty database; DS can start a second run when the data source
     * is re-registered during boot, and the loser would stop its bundle for nothing.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    @Reference(target = "(osgi.jndi.service.name=kintsugi)")
    private DataSource dataSource;

    @Reference
    private ConfigurationAdmin configs;

    private BundleContext context;
    private MigrationsConfig config;
    private volatile boolean ownershipChecked;
    /** False once deactivated: a failure then comes from services going away, not from a changeset. */
    private volatile boolean active;

    @Activate
    void activate(BundleContext bundleContext, MigrationsConfig migrationsConfig) {
        this.context = bundleContext;
        this.config = migrationsConfig;
        this.active = true;
    }

    @Deactivate
    void deactivate() {
        active = false;
    }

    @Override
    public void migrate(Bundle bundle, String changelog) throws SchemaMigrationException {
        synchronized (ONE_AT_A_TIME) {
            migrateAlone(bundle, changelog);
        }
    }

    private void migrateAlone(Bundle bundle, String changelog) throws SchemaMigrationException {
        Connection connection;
        Optional<String> service;
        try {
            // Everything read from other services is read here, where a failure only means "try again later":
            // during boot Configuration Admin can come and go, and that is no reason to stop a bundle.
            Optional<PoolConfiguration> pool = PoolConfiguration.read(configs);
            service = pool.map(PoolConfiguration::user);
            connection = owner().isPresent() ? ownerConnection(pool) : dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException("Database unreachable, nothing applied for "
                    + bundle.getSymbolicName() + ": " + e.getMessage(), e);
        }
        try (Connection c = connection) {
            update(c, bundle, changelog);
            afterMigration(c, service);
            LOG.info("Schema of {} is up to date ({})", bundle.getSymbolicName(), changelog);
        } catch (Exception e) {
            if (!active || Thread.currentThread().isInterrupted()) {
                throw new DatabaseUnavailableException("Migrations stopped while " + bundle.getSymbolicName()
                        + " migrated; it runs again when they are back: " + e, e);
            }
            String reason = rootCause(e);
            LOG.error("SCHEMA MIGRATION FAILED for bundle {} ({}): {}. The failed changeset was rolled back; "
                    + "the bundle is being stopped.", bundle.getSymbolicName(), changelog, reason);
            stopLater(bundle);
            throw new SchemaMigrationException("Migration of " + bundle.getSymbolicName() + " failed: " + reason, e);
        }
    }

    private Optional<String> owner() {
        String user = config == null ? "" : config.owner_user().trim();
        return user.isEmpty() ? Optional.empty() : Optional.of(user);
    }

    /** The owner's own connection, outside the pool, to the pool's database. */
    private Connection ownerConnection(Optional<PoolConfiguration> configured) throws SQLException {
        PoolConfiguration pool = configured.orElseThrow(() -> new SQLException("No database pool is configured", "08001"));
        return DirectConnections.open(context, pool.driver(),
                DirectConnections.settings(pool.url(), owner().get(), config.owner_password()));
    }

    /** On PostgreSQL: grant the pool's role what it needs, or say once that it owns the tables. */
    private void afterMigration(Connection connection, Optional<String> service) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        if (owner().isPresent() && service.isPresent() && !service.get().equals(owner().get())) {
            ServiceGrants.grant(connection, service.get());
        } else if (!ownershipChecked) {
            ownershipChecked = true;
            ServiceGrants.warnIfServiceOwnsAudit(connection);
        }
    }

    private static void update(Connection connection, Bundle bundle, String changelog) throws Exception {
        Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(), new OSGiResourceAccessor(bundle));
        Scope.child(scope, () -> {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (MigrationLock lock = MigrationLock.take(connection, database, bundle.getSymbolicName())) {
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .execute();
            }
        });
    }

    /** Stopping a bundle from inside its own activation would deadlock, so do it from another thread. */
    private static void stopLater(Bundle bundle) {
        Thread stopper = new Thread(() -> {
            try {
                bundle.stop();
            } catch (BundleException | IllegalStateException e) {
                LOG.error("Could not stop bundle {} after its failed migration", bundle.getSymbolicName(), e);
            }
        }, "kintsugi-stop-" + bundle.getSymbolicName());
        stopper.setDaemon(true);
        stopper.start();
    }

    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
