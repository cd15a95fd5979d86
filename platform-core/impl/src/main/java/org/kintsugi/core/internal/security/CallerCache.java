package org.kintsugi.core.internal.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Sessions this node recently found live, so a request need not read its caller from the database each
 * time. Trusted only while the database's change feed is heard ({@link AuthChangeFeed}): every committed
 * change to a session, an account, its roles or regions is announced, from any node or any SQL client,
 * and drops that user's entries. Deaf for a few seconds, it serves nothing and the database answers
 * again; on hearing again it starts empty, since it may have missed changes.
 * <p>
 * A change made on this node is {@linkplain #changing(String) announced locally} before it commits, so the
 * writer's own next request never sees the old state. The user stays held (served from the database)
 * for a while, longer than any request's transaction, because the database's announcement comes only
 * after the commit and another change's announcement must not release the hold early.
 */
@Component(service = CallerCache.class)
public final class CallerCache {
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** The feed proves its connection every second; three missed proofs make the cache deaf. */
    static final Duration HEARD_WITHIN = Duration.ofSeconds(3);
    static final Duration HOLD = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 20_000;

    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Kept> byToken = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> heldUntil = new ConcurrentHashMap<>();
    /** Moves on every change heard or made: a lookup that read before a change must not keep its result. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile long heardAt;

    private record Kept(LiveSession session, long keptAt) {
        String userId() {
            return session.caller().userId().toString();
        }
    }

    @Activate
    public CallerCache() {
        this(System::nanoTime);
    }

    CallerCache(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Read before looking a session up in the database, and hand back to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    Optional<LiveSession> find(String tokenHash) {
        Kept kept = byToken.get(tokenHash);
        if (kept == null) {
            return Optional.empty();
        }
        if (!trusted() || elapsed(kept.keptAt) >= MAX_AGE.toNanos() || held(kept.userId())) {
            byToken.remove(tokenHash, kept);
            return Optional.empty();
        }
        return Optional.of(kept.session);
    }

    /** Keeps what a lookup read, unless a change was heard or made since it began ({@code readAt}). */
    void keep(String tokenHash, LiveSession session, long readAt) {
        if (!trusted() || held(session.caller().userId().toString()) || generation.get() != readAt) {
            return;
        }
        if (byToken.size() >= MAX_ENTRIES) {
            byToken.clear(); // crude, but bounded; a busy node refills it from the database
        }
        byToken.put(tokenHash, new Kept(session, nanoClock.getAsLong()));
        if (generation.get() != readAt) {
            byToken.remove(tokenHash); // a change landed while this was being kept
        }
    }

    /** A writer on this node is about to change the user's sessions or access: forget and hold them. */
    public void changing(String userId) {
        long now = nanoClock.getAsLong();
        heldUntil.values().removeIf(until -> now - until >= 0);
        heldUntil.put(userId, now + HOLD.toNanos());
        changed(userId);
    }

    /** The feed heard a committed change to the user's sessions, account, roles or regions. */
    void changed(String userId) {
        generation.incrementAndGet();
        byToken.values().removeIf(kept -> kept.userId().equals(userId));
    }

    /** The feed is listening (again): anything may have changed while it was not. */
    void listening() {
        forgetAll();
        heardAt = nanoClock.getAsLong();
        listening = true;
    }

    /** The feed proved its connection alive, and has handed over every change announced before. */
    void heard() {
        heardAt = nanoClock.getAsLong();
    }

    void deaf() {
        listening = false;
        forgetAll();
    }

    boolean trusted() {
        return listening && elapsed(heardAt) < HEARD_WITHIN.toNanos();
    }

    private boolean held(String userId) {
        Long until = heldUntil.get(userId);
        if (until == null) {
            return false;
        }
        if (nanoClock.getAsLong() - until < 0) {
            return true;
        }
        heldUntil.remove(userId, until);
        return false;
    }

    /** Every user changed at once (a TRUNCATE): forget everything, still listening. */
    void forgetAll() {
        generation.incrementAndGet();
        byToken.clear();
    }

    private long elapsed(long since) {
        return nanoClock.getAsLong() - since;
    }
}
