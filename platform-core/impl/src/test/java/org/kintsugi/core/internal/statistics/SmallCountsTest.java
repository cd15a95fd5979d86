package org.kintsugi.core.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallCountsTest {
    @Test
    void countsBelowFiveAreWithheldAndZeroIsShown() {
        SmallCounts.Table table = SmallCounts.suppress(counts("a", 12L, "b", 3L, "c", 4L, "d", 0L));
        assertEquals(12L, table.cells.get("a"));
        assertNull(table.cells.get("b"));
        assertNull(table.cells.get("c"));
        assertEquals(0L, table.cells.get("d"));
        assertEquals(19L, table.total);
    }

    @Test
    void aLoneWithheldCellTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() {
        SmallCounts.Table table = SmallCounts.suppress(counts("a", 40L, "b", 9L, "c", 2L));
        assertEquals(40L, table.cells.get("a"));
        assertNull(table.cells.get("b"));
        assertNull(table.cells.get("c"));
        assertEquals(51L, table.total);
    }

    @Test
    void aSmallTotalIsWithheldToo() {
        SmallCounts.Table table = SmallCounts.suppress(counts("a", 3L, "b", 0L, "c", 0L));
        assertNull(table.cells.get("a"));
        assertNull(table.total);
    }

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return map;
    }
}
