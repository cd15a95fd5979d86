package org.kintsugi.core.internal.health;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.kintsugi.core.internal.db.DatabaseOutage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Asks the pool for a connection and validates it, within a deadline: a cut network must make
 * health say "down" quickly, not hang. Concurrent health calls share one probe in flight.
 */
@Component(service = DatabaseProbe.class)
public class DatabaseProbe {
    static final long DEADLINE_MS = 3_000;

    @Reference(target = "(osgi.jndi.service.name=kintsugi)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DatabaseOutage outage;

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "kintsugi-db-probe");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<DatabaseState> inFlight;

    public DatabaseState check() {
        CompletableFuture<DatabaseState> probe;
        synchronized (this) {
            if (inFlight == null || inFlight.isDone()) {
                inFlight = CompletableFuture.supplyAsync(this::probe, executor);
            }
            probe = inFlight;
        }
        try {
            return probe.get(DEADLINE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return DatabaseState.down("no answer within " + DEADLINE_MS + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DatabaseState.down("interrupted");
        } catch (Exception e) {
            return DatabaseState.down(e.getClass().getSimpleName());
        }
    }

    private DatabaseState probe() {
        DataSource source = dataSource;
        if (source == null) {
            return DatabaseState.down("no data source configured");
        }
        long start = System.nanoTime();
        try (Connection connection = source.getConnection()) {
            if (!connection.isValid((int) (DEADLINE_MS / 1000))) {
                return DatabaseState.down("connection not valid");
            }
            String product = connection.getMetaData().getDatabaseProductName();
            DatabaseOutage known = outage;
            if (known != null) {
                known.answered();
            }
            return DatabaseState.up(product, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            // Only the kind of failure: the message can carry host names and user names.
            return DatabaseState.down(e.getClass().getSimpleName());
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
