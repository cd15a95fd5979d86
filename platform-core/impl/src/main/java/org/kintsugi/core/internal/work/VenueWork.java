package org.kintsugi.core.internal.work;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.venues.VenueChecksDue;
import org.kintsugi.core.spi.work.WorkList;

/**
 * Venues of the caller's regions whose safety check runs out within a month (or has, or never was): hub staff
 * have them checked again, or meetings cannot book them. Only when there is one; opens the venue register.
 */
final class VenueWork {
    static final int WITHIN_DAYS = 31;

    private VenueWork() {
    }

    static Optional<WorkViews.ListView> checksDue(EntityManager em, Caller caller, LocalDate today) {
        if (!caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR) || caller.regions().isEmpty()) {
            return Optional.empty();
        }
        List<VenueChecksDue.Due> due = VenueChecksDue.within(em, caller.regions(), today, WITHIN_DAYS);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        List<WorkViews.EntryView> entries = due.stream().limit(WorkList.MAX_ENTRIES).map(d -> {
            Map<String, String> args = new HashMap<>();
            args.put("name", d.name);
            args.put("runsOut", d.runsOut == null ? "" : d.runsOut.toString());
            return new WorkViews.EntryView(null, null, d.runsOut == null ? "work.venueNeverChecked" : "work.venueCheck",
                    args, d.venueId, d.runsOut, d.runsOut == null || d.runsOut.isBefore(today));
        }).collect(Collectors.toList());
        return Optional.of(new WorkViews.ListView("core", "venue-checks", "work.venueChecks", "core/venues",
                due.size(), entries));
    }
}
