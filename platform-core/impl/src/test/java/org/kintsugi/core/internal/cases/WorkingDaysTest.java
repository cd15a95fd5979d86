package org.kintsugi.core.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private static final Set<LocalDate> NONE = Set.of();

    @Test
    void weekendsDoNotCount() {
        assertEquals(LocalDate.parse("2026-11-30"), WorkingDays.after(LocalDate.parse("2026-11-23"), 5, NONE)); // Mon -> Mon
        assertEquals(LocalDate.parse("2026-12-04"), WorkingDays.after(LocalDate.parse("2026-11-27"), 5, NONE)); // Fri -> Fri
        assertEquals(LocalDate.parse("2026-12-04"), WorkingDays.after(LocalDate.parse("2026-11-28"), 5, NONE)); // Sat -> Fri
    }

    @Test
    void theRegionsBankHolidaysDoNotCount() {
        // Christmas week 2026: Friday 25 and Monday 28 December (Boxing Day falls on a Saturday).
        Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"),
                LocalDate.parse("2027-01-01"));
        assertEquals(LocalDate.parse("2027-01-04"), WorkingDays.after(LocalDate.parse("2026-12-23"), 5, holidays));
        assertEquals(LocalDate.parse("2026-12-30"), WorkingDays.after(LocalDate.parse("2026-12-23"), 5, NONE));
    }
}
