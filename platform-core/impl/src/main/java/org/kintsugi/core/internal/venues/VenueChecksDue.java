package org.kintsugi.core.internal.venues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * The venues of some regions whose safety check runs out within a number of days, has run out, or was never
 * recorded: the ones hub staff must have checked again before a meeting can book them. Soonest first.
 */
public final class VenueChecksDue {
    private VenueChecksDue() {
    }

    /** One venue to check: its id, name, region and the day its check runs out (null: never checked). */
    public static final class Due {
        public final String venueId;
        public final String name;
        public final String region;
        public final LocalDate runsOut;

        Due(Venue v, LocalDate runsOut) {
            this.venueId = v.getId();
            this.name = v.getName();
            this.region = v.getRegionCode();
            this.runsOut = runsOut;
        }
    }

    public static List<Due> within(EntityManager em, Collection<String> regions, LocalDate today, int days) {
        List<Due> due = new ArrayList<>();
        if (regions.isEmpty()) {
            return due;
        }
        for (String region : regions) {
            int months = VenueSettings.monthsIn(em, region);
            for (Venue v : em.createQuery("select v from Venue v where v.regionCode = :region and v.retiredAt is null",
                    Venue.class).setParameter("region", region).getResultList()) {
                LocalDate runsOut = VenueRules.checkRunsOut(v.getCheckedOn(), months);
                if (runsOut == null || !runsOut.isAfter(today.plusDays(days))) {
                    due.add(new Due(v, runsOut));
                }
            }
        }
        due.sort(Comparator.comparing((Due d) -> d.runsOut, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(d -> d.venueId));
        return due;
    }
}
