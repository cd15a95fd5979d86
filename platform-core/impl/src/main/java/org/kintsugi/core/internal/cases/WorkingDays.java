package org.kintsugi.core.internal.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Adds working days: Monday to Friday, less the region's bank holidays. */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static LocalDate after(LocalDate start, int days, Set<LocalDate> holidays) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(date)) {
                added++;
            }
        }
        return date;
    }
}
