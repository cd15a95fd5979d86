package org.kintsugi.core.internal.db;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.kintsugi.core.spi.schema.DatabaseUnavailableException;
import org.kintsugi.core.spi.schema.SchemaMigrationException;
import org.kintsugi.core.spi.schema.SchemaMigrations;
import org.kintsugi.core.spi.schema.SchemaReady;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bundle's schema: its changelog applied on the shared worker, retried with a growing pause while the
 * database is away; then, in the bundle's own name (so it all goes when the bundle does), a
 * {@link SchemaReady} and its unit's JpaTemplate again with {@code kintsugi.schema=ready}, for as long as
 * Aries JPA offers the unit's own.
 */
final class BundleSchema {
    private static final Logger LOG = LoggerFactory.getLogger(BundleSchema.class);
    private static final long MAX_DELAY_SECONDS = 30;

    private final Bundle bundle;
    private final String changelog;
    private final String unit;
    private final LiquibaseMigrations migrations;
    private final BundleContext core;
    private final ScheduledExecutorService worker;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private volatile BundleSchemas.State state = BundleSchemas.State.WAITING_FOR_DATABASE;
    private ServiceTracker<JpaTemplate, ServiceRegistration<JpaTemplate>> templates;
    private long delaySeconds = 1;
    private boolean closed;

    BundleSchema(Bundle bundle, String header, LiquibaseMigrations migrations, BundleContext core,
            ScheduledExecutorService worker) {
        this.bundle = bundle;
        String[] parts = header.split(";");
        this.changelog = parts[0].trim();
        String named = null;
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].split("=", 2);
            if (attribute.length == 2 && "unit".equals(attribute[0].trim())) {
                named = attribute[1].trim().replace("\"", "");
            }
        }
        this.unit = named;
        this.migrations = migrations;
        this.core = core;
        this.worker = worker;
    }

    BundleSchemas.State state() {
        return state;
    }

    void start() {
        worker.execute(this::attempt);
    }

    private void attempt() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            migrations.migrate(bundle, changelog);
            ready();
        } catch (DatabaseUnavailableException e) {
            LOG.warn("{} waits for the database ({}); retrying in {} s", bundle.getSymbolicName(), e.getMessage(), delaySeconds);
            synchronized (this) {
                if (!closed) {
                    worker.schedule(this::attempt, delaySeconds, TimeUnit.SECONDS);
                }
            }
            delaySeconds = Math.min(delaySeconds * 2, MAX_DELAY_SECONDS);
        } catch (SchemaMigrationException | RuntimeException e) {
            state = BundleSchemas.State.FAILED; // logged by the migration, which stops the bundle
        }
    }

    private void ready() {
        ServiceTracker<JpaTemplate, ServiceRegistration<JpaTemplate>> opened;
        synchronized (this) {
            BundleContext own = bundle.getBundleContext();
            if (closed || own == null) {
                return;
            }
            state = BundleSchemas.State.READY;
            if (unit == null) {
                return;
            }
            registrations.add(own.registerService(SchemaReady.class, new SchemaReady(unit), properties()));
            templates = new ServiceTracker<>(core, filter(), null) {
                @Override
                public ServiceRegistration<JpaTemplate> addingService(ServiceReference<JpaTemplate> reference) {
                    JpaTemplate delegate = core.getService(reference);
                    Dictionary<String, Object> props = properties();
                    props.put(SchemaMigrations.READY, "ready");
                    return own.registerService(JpaTemplate.class, new ReadyJpaTemplate(delegate), props);
                }

                @Override
                public void removedService(ServiceReference<JpaTemplate> reference,
                        ServiceRegistration<JpaTemplate> ready) {
                    unregister(ready);
                    core.ungetService(reference);
                }
            };
            opened = templates;
        }
        // Opened outside the lock: registering the template activates the bundle's components in this thread.
        opened.open();
        synchronized (this) {
            if (closed) {
                opened.close();
            }
        }
    }

    synchronized void close() {
        closed = true;
        if (templates != null) {
            templates.close();
        }
        registrations.forEach(BundleSchema::unregister);
        registrations.clear();
    }

    private Dictionary<String, Object> properties() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(SchemaMigrations.UNIT, unit);
        return props;
    }

    /** Aries JPA's own template of the unit, not one of ours. */
    private org.osgi.framework.Filter filter() {
        try {
            return FrameworkUtil.createFilter("(&(objectClass=" + JpaTemplate.class.getName() + ")("
                    + SchemaMigrations.UNIT + "=" + unit + ")(!(" + SchemaMigrations.READY + "=*)))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Not a persistence unit name: " + unit, e);
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle stopped and took its registrations with it
        }
    }
}
