package org.kintsugi.core.internal.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.kintsugi.core.spi.schema.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;

/**
 * Looks after the schema of every bundle that names one in its manifest ({@value SchemaMigrations#SCHEMA_HEADER}),
 * the core's own included, for as long as the bundle runs: applies its changelog when it starts, waiting while
 * the database is away, and then says the tables are ready by registering its persistence unit's template
 * again ({@link BundleSchema}). Modules no longer each carry that code.
 */
@Component(service = BundleSchemas.class, immediate = true)
public class BundleSchemas {
    /** Where a bundle's schema stands; the core's is what health reports. */
    public enum State { WAITING_FOR_DATABASE, READY, FAILED }

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kintsugi-schemas");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, BundleSchema> schemas = new ConcurrentHashMap<>();
    private final BundleContext context;
    private final BundleTracker<BundleSchema> tracker;

    @Activate
    public BundleSchemas(@Reference LiquibaseMigrations migrations, BundleContext context) {
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public BundleSchema addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(SchemaMigrations.SCHEMA_HEADER);
                if (header == null) {
                    return null;
                }
                BundleSchema schema = new BundleSchema(bundle, header, migrations, context, worker);
                schemas.put(bundle.getBundleId(), schema);
                schema.start();
                return schema;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, BundleSchema schema) {
                schemas.remove(bundle.getBundleId(), schema);
                schema.close();
            }
        };
        tracker.open();
    }

    /** The core bundle's schema: what {@code /api/health} reports. */
    public State coreState() {
        BundleSchema core = schemas.get(context.getBundle().getBundleId());
        return core == null ? State.WAITING_FOR_DATABASE : core.state();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        worker.shutdown(); // a migration under way finishes (no interrupt); its bundle's next tracker re-checks it
    }
}
