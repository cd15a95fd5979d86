package org.kintsugi.conferencing.internal.meetings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.work.WorkEntry;
import org.kintsugi.core.spi.work.WorkList;
import org.kintsugi.core.spi.work.WorkSource;
import org.kintsugi.conferencing.internal.Conferencing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Meetings on the home page: a facilitator's own meetings in the next fortnight and the preparation overdue on
 * their team's cases; a hub's meetings in the next fortnight across its regions. Never a word of what was said.
 */
@Component(service = WorkSource.class)
public class MeetingWork implements WorkSource {
    static final int FORTNIGHT = 14;
    private final MeetingLists lists;

    @Activate
    public MeetingWork(@Reference MeetingLists lists) {
        this.lists = lists;
    }

    @Override
    public String moduleId() {
        return Conferencing.ID;
    }

    @Override
    public List<WorkList> waitingFor(Caller caller, LocalDate today) {
        List<WorkList> work = new ArrayList<>();
        boolean practises = caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR);
        if (practises || caller.hasAnyRole(Role.COORDINATOR, Role.HUB_ADMIN)) {
            MeetingLists.Page soon = lists.scheduled(caller, today, FORTNIGHT,
                    practises ? caller.userId().toString() : null, 0, WorkList.MAX_ENTRIES);
            work.add(new WorkList("meetings-soon", "conferencing.work.soon", "meetings", soon.total, 0,
                    // The day goes into the words, not the entry's due date: a meeting happens on its day, it is not
                    // "due" then, which is how My work words every date it is given.
                    soon.items.stream().map(m -> new WorkEntry(m.caseId, "conferencing.work.soonEntry",
                            Map.of("kindKey", "conferencing.kind." + m.kind,
                                    "day", m.start.atZone(ZoneOffset.UTC).toLocalDate().toString()), m.id, null, false))
                            .collect(Collectors.toList())));
        }
        if (practises) {
            MeetingLists.Page overdue = lists.preparationOverdue(caller, today, null, 0, WorkList.MAX_ENTRIES);
            work.add(new WorkList("preparation-overdue", "conferencing.work.overdue", "meetings", overdue.total,
                    overdue.total, overdue.items.stream().map(m -> new WorkEntry(m.caseId, "conferencing.work.overdueEntry",
                            Map.of("kindKey", "conferencing.kind." + m.kind), m.id, null, true))
                            .collect(Collectors.toList())));
        }
        return work;
    }
}
