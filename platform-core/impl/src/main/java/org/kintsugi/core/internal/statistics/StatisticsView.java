package org.kintsugi.core.internal.statistics;

import java.util.List;
import java.util.stream.Collectors;

/** A table of counts; a withheld count is null with {@code withheld: true}. */
public final class StatisticsView {
    public final String groupBy;
    /** Counts below this are withheld. */
    public final int threshold = SmallCounts.THRESHOLD;
    /** Only cases whose person harmed consented to aggregate statistics are counted. */
    public final String counted = "cases whose person harmed consented to aggregate statistics";
    public final Long total;
    public final List<Cell> cells;

    StatisticsView(String groupBy, SmallCounts.Table table) {
        this.groupBy = groupBy;
        this.total = table.total;
        this.cells = table.cells.entrySet().stream().map(e -> new Cell(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
    }

    public static final class Cell {
        public final String key;
        public final Long count;
        public final boolean withheld;

        Cell(String key, Long count) {
            this.key = key;
            this.count = count;
            this.withheld = count == null;
        }
    }
}
