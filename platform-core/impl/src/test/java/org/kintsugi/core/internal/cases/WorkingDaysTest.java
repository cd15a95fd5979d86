package org.kintsugi.core.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    @Test
    void weekendsDoNotCount() {
        assertEquals(LocalDate.parse("2026-11-30"), WorkingDays.after(LocalDate.parse("2026-11-23"), 5)); // Mon -> Mon
        assertEquals(LocalDate.parse("2026-12-04"), WorkingDays.after(LocalDate.parse("2026-11-27"), 5)); // Fri -> Fri
        assertEquals(LocalDate.parse("2026-12-04"), WorkingDays.after(LocalDate.parse("2026-11-28"), 5)); // Sat -> Fri
    }
}
