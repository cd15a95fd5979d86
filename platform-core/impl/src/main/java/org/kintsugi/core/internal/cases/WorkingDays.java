package org.kintsugi.core.internal.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Adds working days (Monday to Friday). Bank holidays are not known yet: the due date can be early by them. */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}
