package org.kintsugi.core.internal.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suppression of small counts, so nobody can be recognised from a table of figures: any count from 1
 * to THRESHOLD - 1 is withheld, and when that leaves exactly one cell withheld the next smallest is
 * withheld too, or the total would give it away. A total below the threshold is withheld as well.
 */
final class SmallCounts {
    static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    /** Cells in the order given; a withheld count is null. */
    static Table suppress(Map<String, Long> counts) {
        Map<String, Long> shown = new LinkedHashMap<>(counts);
        List<String> small = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count > 0 && count < THRESHOLD) {
                small.add(key);
            }
        });
        if (small.size() == 1) {
            counts.entrySet().stream().filter(e -> !small.contains(e.getKey()) && e.getValue() > 0)
                    .min(Comparator.comparingLong(Map.Entry::getValue)).ifPresent(e -> small.add(e.getKey()));
        }
        small.forEach(key -> shown.put(key, null));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Table(shown, total > 0 && total < THRESHOLD ? null : total);
    }

    static final class Table {
        final Map<String, Long> cells;
        final Long total;

        Table(Map<String, Long> cells, Long total) {
            this.cells = cells;
            this.total = total;
        }
    }
}
