package org.kintsugi.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;

/** What a node may answer without the database, and when it must ask it again. */
class CallerCacheTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final CallerCache cache = new CallerCache(nanos::get);
    private final LiveSession alex = session("alex");
    private final LiveSession sam = session("sam");

    @BeforeEach
    void hearTheFeed() {
        cache.listening();
    }

    @Test
    void servesWhatItKeptWhileTheFeedIsHeard() {
        cache.keep("token-a", alex, cache.generation());
        assertEquals(Optional.of(alex), cache.find("token-a"));
        assertEquals(Optional.empty(), cache.find("token-unknown"));
    }

    @Test
    void keepsNothingAndServesNothingWithoutTheFeed() {
        CallerCache deafFromStart = new CallerCache(nanos::get);
        deafFromStart.keep("token-a", alex, deafFromStart.generation());
        assertEquals(Optional.empty(), deafFromStart.find("token-a"));

        cache.keep("token-a", alex, cache.generation());
        cache.deaf();
        assertEquals(Optional.empty(), cache.find("token-a"), "a lost feed may have missed a revocation");
        cache.listening();
        assertEquals(Optional.empty(), cache.find("token-a"), "hearing again starts empty");
    }

    @Test
    void stopsServingWhenTheHeartbeatIsLate() {
        cache.keep("token-a", alex, cache.generation());
        advance(CallerCache.HEARD_WITHIN.minusMillis(1));
        cache.heard();
        advance(CallerCache.HEARD_WITHIN.minusMillis(1));
        assertTrue(cache.find("token-a").isPresent());
        advance(Duration.ofMillis(2));
        assertFalse(cache.trusted());
        assertEquals(Optional.empty(), cache.find("token-a"));
    }

    @Test
    void aChangeHeardDropsOnlyThatUsersSessions() {
        cache.keep("token-a1", alex, cache.generation());
        cache.keep("token-a2", alex, cache.generation());
        cache.keep("token-s", sam, cache.generation());
        cache.changed(alex.caller().userId().toString());
        assertEquals(Optional.empty(), cache.find("token-a1"));
        assertEquals(Optional.empty(), cache.find("token-a2"));
        assertEquals(Optional.of(sam), cache.find("token-s"));
    }

    @Test
    void aLookupThatReadBeforeAChangeIsNotKept() {
        long readAt = cache.generation();
        cache.changed(alex.caller().userId().toString()); // committed while the lookup was reading
        cache.keep("token-a", alex, readAt);
        assertEquals(Optional.empty(), cache.find("token-a"));
    }

    @Test
    void aLocalChangeHoldsTheUserUntilLongAfterItsCommit() {
        cache.keep("token-a", alex, cache.generation());
        cache.changing(alex.caller().userId().toString());
        assertEquals(Optional.empty(), cache.find("token-a"));
        cache.keep("token-a", alex, cache.generation()); // read before the writer committed
        assertEquals(Optional.empty(), cache.find("token-a"));
        cache.changed(alex.caller().userId().toString()); // another change's announcement does not release it
        cache.keep("token-a", alex, cache.generation());
        assertEquals(Optional.empty(), cache.find("token-a"));

        advance(CallerCache.HOLD);
        cache.heard();
        cache.keep("token-a", alex, cache.generation());
        assertEquals(Optional.of(alex), cache.find("token-a"));
    }

    @Test
    void forgetsEntriesPastTheirAgeAndStaysBounded() {
        cache.keep("token-a", alex, cache.generation());
        advance(CallerCache.MAX_AGE);
        cache.heard();
        assertEquals(Optional.empty(), cache.find("token-a"));

        for (int i = 0; i <= CallerCache.MAX_ENTRIES; i++) {
            cache.keep("token-" + i, sam, cache.generation());
        }
        assertTrue(cache.find("token-" + CallerCache.MAX_ENTRIES).isPresent());
        assertEquals(Optional.empty(), cache.find("token-0"), "full: it starts again rather than grow");
    }

    @Test
    void aKeptSessionIsUsableOnlyUntilItEndsIdlesOrNeedsItsLastSeenWritten() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        LiveSession session = new LiveSession(alex.caller(), now.plus(Duration.ofHours(1)), now);
        Duration idle = Duration.ofMinutes(30);
        Duration seen = Duration.ofMinutes(1);
        assertTrue(session.usableWithoutWriteAt(now.plusSeconds(59), idle, seen));
        assertFalse(session.usableWithoutWriteAt(now.plusSeconds(60), idle, seen), "last-seen is due");
        assertFalse(session.usableWithoutWriteAt(now.plusSeconds(59), Duration.ofSeconds(30), seen), "idle");
        LiveSession ending = new LiveSession(alex.caller(), now.plusSeconds(10), now);
        assertFalse(ending.usableWithoutWriteAt(now.plusSeconds(10), idle, seen), "expired");
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static LiveSession session(String name) {
        Caller caller = new Caller(UUID.randomUUID(), "synthetic-" + name, Set.of(Role.COORDINATOR), Set.of("region-x"));
        return new LiveSession(caller, Instant.now().plus(Duration.ofHours(1)), Instant.now());
    }
}
