package org.kintsugi.core.internal.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.coordinator.Coordination;
import org.osgi.service.coordinator.Coordinator;

/**
 * What one request has already established and will ask again: whether a module is on in a region, whether the
 * caller may see a case. Kept in the request's coordination ({@link DeferredRows#REQUEST}), so it lasts exactly
 * one request and the next one asks the database again (a module switched off on another node applies at once).
 * A scheduling asked both twice, two round trips of its twenty. Outside a request nothing is kept.
 */
public final class RequestMemo {
    private RequestMemo() {
    }

    /** A fact, by a key that says everything it depends on (use {@link #key}). */
    public static Optional<Object> recall(Coordinator coordinator, List<Object> key) {
        return memo(coordinator).map(memo -> {
            synchronized (memo) {
                return memo.get(key);
            }
        });
    }

    public static void remember(Coordinator coordinator, List<Object> key, Object fact) {
        memo(coordinator).ifPresent(memo -> {
            synchronized (memo) {
                memo.put(key, fact);
            }
        });
    }

    public static List<Object> key(Object... parts) {
        return List.of(parts);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<List<Object>, Object>> memo(Coordinator coordinator) {
        return request(coordinator).map(request -> {
            Map<Class<?>, Object> variables = request.getVariables();
            synchronized (variables) { // as the Coordinator specification asks of every use of the map
                return (Map<List<Object>, Object>) variables.computeIfAbsent(RequestMemo.class, k -> new HashMap<>());
            }
        });
    }

    /** The coordination of the request running on this thread, if any. */
    static Optional<Coordination> request(Coordinator coordinator) {
        Coordination request = coordinator == null ? null : coordinator.peek();
        while (request != null && !DeferredRows.REQUEST.equals(request.getName())) {
            request = request.getEnclosingCoordination(); // the entity manager's template nests its own inside the request's
        }
        return Optional.ofNullable(request);
    }
}
