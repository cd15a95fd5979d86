package org.kintsugi.core.internal.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.kintsugi.core.spi.schema.DatabaseUnavailableException;
import org.kintsugi.core.spi.schema.SchemaMigrationException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the core's tables up to date, waiting for the database if it is not there yet, then
 * registers {@link CoreSchemaReady}: everything that reads core tables depends on that service,
 * so nothing touches the schema before it is current, and the API stays up (503) meanwhile.
 */
@Component(service = CoreSchema.class, immediate = true)
public class CoreSchema {
    public static final String CHANGELOG = "db/kintsugi-core/changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(CoreSchema.class);

    public enum State { WAITING_FOR_DATABASE, READY, FAILED }

    private final LiquibaseMigrations migrations;
    private final BundleContext context;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "kintsugi-core-schema"));
    private volatile State state = State.WAITING_FOR_DATABASE;
    private ServiceRegistration<CoreSchemaReady> ready;
    private long delaySeconds = 1;

    @Activate
    public CoreSchema(@Reference LiquibaseMigrations migrations, BundleContext context) {
        this.migrations = migrations;
        this.context = context;
        retries.execute(this::attempt);
    }

    public State state() {
        return state;
    }

    private void attempt() {
        if (retries.isShutdown()) {
            return; // deactivated meanwhile: the next instance does the work
        }
        try {
            migrations.migrate(context.getBundle(), CHANGELOG);
            state = State.READY;
            synchronized (this) {
                if (!retries.isShutdown()) {
                    ready = context.registerService(CoreSchemaReady.class, new CoreSchemaReady(), null);
                }
            }
        } catch (DatabaseUnavailableException e) {
            LOG.warn("Waiting for the database ({}); retrying in {} s", e.getMessage(), delaySeconds);
            retries.schedule(this::attempt, delaySeconds, TimeUnit.SECONDS);
            delaySeconds = Math.min(delaySeconds * 2, 30);
        } catch (SchemaMigrationException e) {
            state = State.FAILED; // already logged; the bundle is being stopped
        }
    }

    @Deactivate
    synchronized void deactivate() {
        retries.shutdownNow();
        if (ready != null) {
            ready.unregister();
        }
    }
}
