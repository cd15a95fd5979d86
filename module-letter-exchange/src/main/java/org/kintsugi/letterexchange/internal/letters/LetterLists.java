package org.kintsugi.letterexchange.internal.letters;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.crypto.SealedText;
import org.kintsugi.letterexchange.internal.access.LetterCases;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.LetterSchemaReady;
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

    @Activate
    public LetterLists(@Reference(target = "(osgi.unit.name=kintsugi-letter-exchange)") JpaTemplate jpa,
            @Reference LetterCases cases, @Reference SealedText sealer, @Reference LetterSchemaReady schema) {
        this.jpa = jpa;
        this.cases = cases;
        this.sealer = sealer;
    }

    public LetterViews.Detail item(Caller caller, String itemId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LetterItem item = Items.find(em, itemId);
            CaseSnapshot snapshot = cases.visible(caller, item.getCaseId());
            return LetterViews.detail(em, item, ReviewDays.of(em, item.getRegionCode()), snapshot, sealer);
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

    public Page across(Caller caller, ItemList list, String facilitator, int offset, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<LetterItem> candidates = list.bind(em.createQuery("select i from LetterItem i where "
                    + list.condition() + " order by " + list.order(), LetterItem.class)).getResultList();
            Map<String, CaseSnapshot> visible = cases.visible(caller,
                    candidates.stream().map(LetterItem::getCaseId).collect(Collectors.toSet()));
            Map<String, Integer> days = ReviewDays.of(em,
                    visible.values().stream().map(CaseSnapshot::region).collect(Collectors.toSet()));
            List<LetterViews.Summary> all = candidates.stream()
                    .filter(i -> visible.containsKey(i.getCaseId()))
                    .filter(i -> facilitator == null || facilitates(visible.get(i.getCaseId()), facilitator))
                    .map(i -> LetterViews.summary(i, days.get(i.getRegionCode()))).filter(s -> keep(list, s))
                    .collect(Collectors.toList());
            int from = Math.min(offset, all.size());
            return new Page(all.subList(from, Math.min(all.size(), from + limit)), all.size());
        });
    }

    private static boolean keep(ItemList list, LetterViews.Summary summary) {
        return list != ItemList.OVERDUE_REVIEW || summary.reviewOverdue;
    }

    private static boolean facilitates(CaseSnapshot snapshot, String userId) {
        return snapshot.parties().stream().anyMatch(p -> p.role() == ParticipantRole.FACILITATOR
                && p.userId().map(userId::equals).orElse(false));
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
