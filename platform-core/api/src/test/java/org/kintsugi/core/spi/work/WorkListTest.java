package org.kintsugi.core.spi.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void carriesAtMostTheHomePagesShareOfEntriesWhileItsTotalSaysHowManyInAll() {
        List<WorkEntry> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            entries.add(new WorkEntry("case-" + i, "x.entry", Map.of(), "item-" + i, TODAY, false));
        }
        WorkList list = new WorkList("to-review", "x.toReview", "queue", 25, 3, entries);
        assertEquals(WorkList.MAX_ENTRIES, list.entries().size());
        assertEquals(25, list.total());
        assertEquals("case-0", list.entries().get(0).caseId(), "in the order the module gave");
    }

    @Test
    void refusesCountsThatCannotBeTrue() {
        List<WorkEntry> two = List.of(new WorkEntry("a", "k", Map.of(), null, null, false),
                new WorkEntry("b", "k", Map.of(), null, null, false));
        assertThrows(IllegalArgumentException.class, () -> new WorkList("l", "k", null, 1, 0, two));
        assertThrows(IllegalArgumentException.class, () -> new WorkList("l", "k", null, 2, 3, two));
        assertThrows(IllegalArgumentException.class, () -> new WorkList("l", "k", null, 2, -1, two));
        assertThrows(NullPointerException.class, () -> new WorkEntry(null, "k", Map.of(), null, null, false));
    }

    @Test
    void anEntrysArgumentsCannotBeChangedAfterwards() {
        Map<String, String> args = new java.util.HashMap<>(Map.of("kindKey", "x.kind.LETTER"));
        WorkEntry entry = new WorkEntry("a", "k", args, null, null, false);
        args.put("kindKey", "changed");
        assertEquals("x.kind.LETTER", entry.args().get("kindKey"));
    }
}
