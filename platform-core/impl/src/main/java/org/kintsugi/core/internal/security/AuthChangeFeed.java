package org.kintsugi.core.internal.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.kintsugi.core.spi.schema.SchemaReady;
import org.kintsugi.core.internal.db.CoreUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL channel {@value #CHANNEL}, where triggers (changeset core-21) announce every
 * committed change to a session, an account, its roles or regions, whoever made it. Each announcement
 * drops that user from the {@link CallerCache}; a heartbeat every second proves the connection, and
 * without it the cache stops serving. A lost connection is retried, backing off to every 10 s.
 */
@Component(service = {})
public final class AuthChangeFeed {
    static final String CHANNEL = "kintsugi_auth";
    /** What the TRUNCATE triggers announce: every user changed. */
    static final String EVERYONE = "*";
    private static final Logger LOG = LoggerFactory.getLogger(AuthChangeFeed.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    private static final int POLL_MS = 250;
    private static final long FIRST_BACKOFF_MS = 1_000;
    private static final long MAX_BACKOFF_MS = 10_000;

    private final BundleContext context;
    private final CallerCache cache;
    private final ConfigurationAdmin configs;
    private final Object wake = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    // Only the feed's thread reads and writes these two.
    private boolean lost;
    private long backoff = FIRST_BACKOFF_MS;

    @Activate
    public AuthChangeFeed(BundleContext context, @Reference CallerCache cache, @Reference ConfigurationAdmin configs,
            @Reference(target = CoreUnit.SCHEMA_READY) SchemaReady schema) {
        this.context = context;
        this.cache = cache;
        this.configs = configs;
        this.thread = new Thread(this::run, "kintsugi-auth-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        thread.join(Duration.ofSeconds(5).toMillis());
        cache.deaf();
    }

    private void run() {
        while (running) {
            try {
                Optional<Properties> settings = FeedDatabase.settings(configs);
                if (settings.isEmpty()) {
                    // H2, or no pool configured yet: nothing announces changes, so nothing is kept.
                    pause(MAX_BACKOFF_MS);
                    continue;
                }
                try (Connection connection = FeedDatabase.open(context, settings.get())) {
                    listen(connection);
                }
            } catch (Exception e) {
                if (!lost && running) {
                    LOG.warn("Lost the database's change feed ({}): every request reads its caller from the database "
                            + "until it is back", e.toString());
                }
                lost = true;
            }
            cache.deaf();
            if (running) {
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
            cache.listening();
            LOG.info(lost ? "The database's change feed is back: recently seen callers are kept again"
                    : "Listening for session and access changes: recently seen callers are kept on this node");
            lost = false;
            backoff = FIRST_BACKOFF_MS;
            long provedAt = System.nanoTime();
            while (running) {
                hand(notifications.getNotifications(POLL_MS));
                if (System.nanoTime() - provedAt >= HEARTBEAT.toNanos()) {
                    statement.execute("SELECT 1");
                    hand(notifications.getNotifications()); // any that arrived with the answer
                    cache.heard();
                    provedAt = System.nanoTime();
                }
            }
        }
    }

    private void hand(PGNotification[] changes) {
        if (changes == null) {
            return;
        }
        for (PGNotification change : changes) {
            if (EVERYONE.equals(change.getParameter())) {
                cache.forgetAll();
            } else {
                cache.changed(change.getParameter());
            }
        }
    }

    private void pause(long millis) {
        synchronized (wake) {
            if (running) {
                try {
                    wake.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
