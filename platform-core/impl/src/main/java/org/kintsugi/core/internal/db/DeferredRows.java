package org.kintsugi.core.internal.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.coordinator.Coordination;
import org.osgi.service.coordinator.Coordinator;

/**
 * Rows a request appends, held in the request's coordination until the pipeline commits them with the
 * request's audit row. Only a request that changes nothing else may defer: the pipeline then discards
 * its own transaction (reads only) and hands the rows and the audit row to the group commit ({@code commit.GroupCommit}).
 */
public final class DeferredRows {
    /** The name of the coordination the API pipeline runs each protected request in. */
    public static final String REQUEST = "kintsugi-request";

    private DeferredRows() {
    }

    /** Holds the row for the request running on this thread; false outside one, so the caller writes it itself. */
    @SuppressWarnings("unchecked")
    public static boolean defer(Coordinator coordinator, AppendedRow row) {
        Optional<Coordination> request = RequestMemo.request(coordinator);
        if (request.isEmpty()) {
            return false;
        }
        Map<Class<?>, Object> variables = request.get().getVariables();
        synchronized (variables) { // as the Coordinator specification asks of every use of the map
            ((List<AppendedRow>) variables.computeIfAbsent(DeferredRows.class, k -> new ArrayList<>())).add(row);
        }
        return true;
    }

    /** The rows deferred in this coordination, taken out of it. */
    @SuppressWarnings("unchecked")
    public static List<AppendedRow> take(Coordination coordination) {
        Map<Class<?>, Object> variables = coordination.getVariables();
        synchronized (variables) {
            Object rows = variables.remove(DeferredRows.class);
            return rows == null ? List.of() : (List<AppendedRow>) rows;
        }
    }
}
