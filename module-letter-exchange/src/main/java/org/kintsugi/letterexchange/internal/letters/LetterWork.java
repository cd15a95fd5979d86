package org.kintsugi.letterexchange.internal.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.cases.VisibleCases;
import org.kintsugi.core.spi.work.WorkEntry;
import org.kintsugi.core.spi.work.WorkList;
import org.kintsugi.core.spi.work.WorkSource;
import org.kintsugi.letterexchange.internal.LetterExchange;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Letters on the home page of those who practise on their cases (facilitators and their supervisors): the
 * ones waiting for their review, overdue first, and the approved ones ready to be passed on. Coordinators
 * see the region's letters in the review queue itself; reviewing is not their work.
 */
@Component(service = WorkSource.class)
public class LetterWork implements WorkSource {
    private final LetterLists lists;

    @Activate
    public LetterWork(@Reference LetterLists lists) {
        this.lists = lists;
    }

    @Override
    public String moduleId() {
        return LetterExchange.ID;
    }

    @Override
    public List<WorkList> waitingFor(Caller caller, LocalDate today) {
        if (!caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR)) {
            return List.of();
        }
        VisibleCases practised = lists.practisedBy(caller); // once: the home page is read on every navigation
        if (practised.isEmpty()) {
            return List.of();
        }
        LetterLists.Page review = lists.practised(caller, practised, ItemList.AWAITING_REVIEW, WorkList.MAX_ENTRIES);
        int overdue = lists.practised(caller, practised, ItemList.OVERDUE_REVIEW, 1).total;
        LetterLists.Page deliver = lists.practised(caller, practised, ItemList.READY_TO_DELIVER, WorkList.MAX_ENTRIES);
        return List.of(
                new WorkList("to-review", "letterExchange.work.toReview", "review-queue", review.total, overdue,
                        entries(review, "letterExchange.work.reviewEntry")),
                new WorkList("to-deliver", "letterExchange.work.toDeliver", "review-queue", deliver.total, 0,
                        entries(deliver, "letterExchange.work.deliverEntry")));
    }

    /** Which kind of item from whom, and when its review is due: never a word of its text. */
    private static List<WorkEntry> entries(LetterLists.Page page, String labelKey) {
        return page.items.stream().map((LetterViews.Summary item) -> new WorkEntry(item.caseId, labelKey,
                Map.of("kindKey", "letterExchange.kind." + item.kind, "fromKey", "role." + item.writerRole),
                item.id, item.reviewDueOn, item.reviewOverdue)).collect(Collectors.toList());
    }
}
