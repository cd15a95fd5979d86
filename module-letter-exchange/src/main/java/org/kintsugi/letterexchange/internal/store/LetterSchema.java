package org.kintsugi.letterexchange.internal.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.kintsugi.core.spi.schema.DatabaseUnavailableException;
import org.kintsugi.core.spi.schema.SchemaMigrationException;
import org.kintsugi.core.spi.schema.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the module's tables up to date when it starts, off the activation thread, waiting for the
 * database if it is not there yet; then registers {@link LetterSchemaReady}, on which everything that
 * reads the tables depends. A changeset that fails stops the bundle (the core's SchemaMigrations does).
 */
@Component(service = LetterSchema.class, immediate = true)
public class LetterSchema {
    static final String CHANGELOG = "db/letter-exchange/changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(LetterSchema.class);

    private final SchemaMigrations migrations;
    private final BundleContext context;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "kintsugi-letter-exchange-schema"));
    private ServiceRegistration<LetterSchemaReady> ready;
    private long delaySeconds = 1;

    @Activate
    public LetterSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        this.migrations = migrations;
        this.context = context;
        retries.execute(this::attempt);
    }

    private void attempt() {
        try {
            migrations.migrate(context.getBundle(), CHANGELOG);
            synchronized (this) {
                if (!retries.isShutdown()) {
                    ready = context.registerService(LetterSchemaReady.class, new LetterSchemaReady(), null);
                }
            }
        } catch (DatabaseUnavailableException e) {
            LOG.warn("Letter exchange waits for the database ({}); retrying in {} s", e.getMessage(), delaySeconds);
            if (!retries.isShutdown()) {
                retries.schedule(this::attempt, delaySeconds, TimeUnit.SECONDS);
            }
            delaySeconds = Math.min(delaySeconds * 2, 30);
        } catch (SchemaMigrationException | RuntimeException e) {
            LOG.error("Letter exchange's schema could not be brought up to date: {}", e.toString());
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
