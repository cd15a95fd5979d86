package org.kintsugi.core.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;

/** Reads and replaces a region's bank holidays. */
public final class RegionHolidays {
    static final int MAX_DAYS = 200;

    private RegionHolidays() {
    }

    /** The region's holidays from {@code from} on: enough for any due date counted from then. */
    public static Set<LocalDate> from(EntityManager em, String regionCode, LocalDate from) {
        return new TreeSet<>(em.createQuery("select h.day from RegionHoliday h where h.regionCode = :region "
                + "and h.day >= :from", LocalDate.class).setParameter("region", regionCode).setParameter("from", from)
                .getResultList());
    }

    static Set<LocalDate> all(EntityManager em, String regionCode) {
        return from(em, regionCode, LocalDate.of(1900, 1, 1));
    }

    /** Replaces the whole calendar: what is sent is what the region observes. */
    static void replace(EntityManager em, String regionCode, List<LocalDate> days) {
        validate(days);
        em.createQuery("delete from RegionHoliday h where h.regionCode = :region").setParameter("region", regionCode)
                .executeUpdate();
        new TreeSet<>(days).forEach(day -> em.persist(new RegionHoliday(regionCode, day)));
    }

    private static void validate(List<LocalDate> days) {
        if (days == null) {
            throw ProblemException.invalid(new FieldProblem("days", "is required (an empty list clears the calendar)", "list-required"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (days.size() > MAX_DAYS) {
            problems.add(new FieldProblem("days", "at most " + MAX_DAYS + " days", "too-many-days", Map.of("max", MAX_DAYS)));
        }
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i) == null || days.get(i).getYear() < 2000 || days.get(i).getYear() > 2100) {
                problems.add(new FieldProblem("days." + i, "must be a date (YYYY-MM-DD) between 2000 and 2100", "date-out-of-range"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
