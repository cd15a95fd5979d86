package org.kintsugi.letterexchange.internal.letters;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.cases.VisibleCases;
import org.kintsugi.core.spi.crypto.SealedText;
import org.kintsugi.letterexchange.internal.access.LetterCases;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.LetterUnit;
import org.kintsugi.letterexchange.internal.store.ReviewDays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Items as people look for them: one item, a case's items, or a working list across every case the
 * caller may see (a facilitator's own cases; a coordinator's region), optionally one facilitator's.
 */
@Component(service = LetterLists.class)
public class LetterLists {
    public static final int MAX_LIMIT = 500;

    private final JpaTemplate jpa;
    private final LetterCases cases;
    private final SealedText sealer;
    private final ItemDetails details;

    @Activate
    public LetterLists(@Reference(target = LetterUnit.READY) JpaTemplate jpa,
            @Reference LetterCases cases, @Reference SealedText sealer, @Reference ItemDetails details) {
        this.jpa = jpa;
        this.cases = cases;
        this.sealer = sealer;
        this.details = details;
    }

    public LetterViews.Detail item(Caller caller, String itemId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LetterItem item = Items.find(em, itemId);
            CaseSnapshot snapshot = cases.visible(caller, item.getCaseId());
            return details.of(em, item, snapshot);
        });
    }

    /** The approved text alone, as the recipient is shown it; for the practitioners who pass it on. */
    public LetterViews.RecipientView recipientView(Caller caller, String itemId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LetterItem item = Items.find(em, itemId);
            if (!cases.visible(caller, item.getCaseId()).callerPractises()) {
                throw ProblemException.forbidden("Only the case's facilitators and their supervisors pass letters on.");
            }
            if (item.getApprovedVersion() == null || item.isNoSend()) {
                throw ProblemException.conflict("item-not-approved", "Nothing of this item may reach anyone yet.");
            }
            return LetterViews.recipientView(item, Items.text(em, item, item.getApprovedVersion(), sealer));
        });
    }

    public List<LetterViews.Summary> forCase(Caller caller, String caseId, ItemList list) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.visible(caller, caseId);
            int days = ReviewDays.of(em, snapshot.region());
            List<LetterItem> items = list.bind(em.createQuery("select i from LetterItem i where i.caseId = :case and "
                    + list.condition() + " order by " + list.order(), LetterItem.class)).setParameter("case", caseId)
                    .getResultList();
            return items.stream().map(i -> LetterViews.summary(i, days)).filter(s -> keep(list, s))
                    .collect(Collectors.toList());
        });
    }

    /**
     * One page of a list across every case the caller sees (optionally one facilitator's cases), and how
     * many there are in all: scoped, paged and counted in the database.
     */
    public Page across(Caller caller, ItemList list, String facilitator, int offset, int limit) {
        Set<String> only = facilitator == null ? null : cases.facilitatedBy(caller, facilitator);
        return page(caller, list, cases.visibleCases(caller), only, offset, limit);
    }

    /**
     * As {@link #across}, on the cases the caller's team facilitates only: the letters that are their own
     * work, not everything a coordinator who also facilitates may see in their regions.
     */
    public Page practised(Caller caller, VisibleCases practised, ItemList list, int limit) {
        return page(caller, list, practised, null, 0, limit);
    }

    /** The caller's team's cases only, looked up once for several {@link #practised} lists. */
    public VisibleCases practisedBy(Caller caller) {
        return VisibleCases.of(Set.of(), cases.visibleCases(caller).workedOn());
    }

    private Page page(Caller caller, ItemList list, VisibleCases scope, Set<String> only, int offset, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Integer> days = ReviewDays.of(em, cases.offeringRegions());
            ItemsAcross query = ItemsAcross.of(list, scope, days, only, LocalDate.now(ZoneOffset.UTC));
            if (query == null) {
                return new Page(List.of(), 0);
            }
            List<LetterItem> items = query.page(em, offset, limit);
            // The query expresses the core's scope; asking the core about the page's cases keeps it the judge.
            Map<String, CaseSnapshot> visible = cases.visible(caller,
                    items.stream().map(LetterItem::getCaseId).collect(Collectors.toSet()));
            return new Page(items.stream().filter(i -> visible.containsKey(i.getCaseId()))
                    .map(i -> LetterViews.summary(i, days.get(i.getRegionCode()))).collect(Collectors.toList()),
                    query.count(em));
        });
    }

    private static boolean keep(ItemList list, LetterViews.Summary summary) {
        return list != ItemList.OVERDUE_REVIEW || summary.reviewOverdue;
    }

    /** One page of a list, and how many there are in all. */
    public static final class Page {
        public final List<LetterViews.Summary> items;
        public final int total;

        Page(List<LetterViews.Summary> items, int total) {
            this.items = List.copyOf(items);
            this.total = total;
        }
    }

}
