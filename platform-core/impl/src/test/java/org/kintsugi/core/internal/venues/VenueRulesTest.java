package org.kintsugi.core.internal.venues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VenueRulesTest {
    private static final LocalDate CHECKED = LocalDate.of(2026, 3, 15);

    @Test
    void aCheckCountsFromItsDayUntilTheSameDayMonthsLater() {
        assertEquals(LocalDate.of(2027, 3, 15), VenueRules.checkRunsOut(CHECKED, 12));
        assertTrue(VenueRules.checkCurrent(CHECKED, 12, CHECKED, LocalDate.of(2027, 3, 14)));
        assertFalse(VenueRules.checkCurrent(CHECKED, 12, CHECKED, LocalDate.of(2027, 3, 15)), "not on the day it runs out");
        assertFalse(VenueRules.checkCurrent(CHECKED, 12, CHECKED.minusDays(1), CHECKED), "not before it was done");
        assertFalse(VenueRules.checkCurrent(null, 12, CHECKED, CHECKED), "never checked, never current");
        assertEquals(LocalDate.of(2026, 9, 15), VenueRules.checkRunsOut(CHECKED, 6), "the region's months");
    }

    @Test
    void aBookingIsAFutureSpanOfAtMostTwelveHours() {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        Instant nine = Instant.parse("2026-12-10T09:00:00Z");
        assertEquals(List.of(), VenueRules.spanProblems(nine, nine.plusSeconds(12 * 3600), now));
        assertEquals(List.of("end"), fields(VenueRules.spanProblems(nine, nine.plusSeconds(12 * 3600 + 1), now)));
        assertEquals(List.of("end"), fields(VenueRules.spanProblems(nine, nine, now)));
        assertEquals(List.of("start"), fields(VenueRules.spanProblems(now, now.plusSeconds(60), now)));
        assertEquals(List.of("start", "end"), fields(VenueRules.spanProblems(null, null, now)));
    }

    @Test
    void aCheckIsRecordedOnADayThatHasBeenAndStillCounts() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertEquals(List.of(), VenueRules.checkProblems(today, today));
        assertEquals(List.of("checkedOn"), fields(VenueRules.checkProblems(today.plusDays(1), today)));
        assertEquals(List.of("checkedOn"), fields(VenueRules.checkProblems(today.minusMonths(37), today)));
        assertEquals(List.of("checkedOn"), fields(VenueRules.checkProblems(null, today)));
    }

    private static List<String> fields(List<org.kintsugi.core.api.problem.FieldProblem> problems) {
        return problems.stream().map(p -> p.getField()).collect(Collectors.toList());
    }
}
