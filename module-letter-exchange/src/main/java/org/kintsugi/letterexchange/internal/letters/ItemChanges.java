package org.kintsugi.letterexchange.internal.letters;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.letterexchange.internal.access.LetterCases;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.LetterUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every change to an existing item runs here, in the request's transaction: find it (404 outside the
 * caller's scope), lock its case, then lock and reload the item, change it, answer its new state. Two
 * facilitators acting on one item at once therefore act one after the other, and the second sees what
 * the first did (a second review gets 409).
 */
@Component(service = ItemChanges.class)
public class ItemChanges {
    private final JpaTemplate jpa;
    private final LetterCases cases;
    private final ItemDetails details;

    @Activate
    public ItemChanges(@Reference(target = LetterUnit.READY) JpaTemplate jpa,
            @Reference LetterCases cases, @Reference ItemDetails details) {
        this.jpa = jpa;
        this.cases = cases;
        this.details = details;
    }

    public LetterViews.Detail apply(Caller caller, String itemId, ItemChange change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LetterItem item = Items.find(em, itemId);
            CaseSnapshot snapshot = cases.forChange(caller, item.getCaseId());
            Items.lock(em, item);
            change.apply(em, item, snapshot, Instant.now());
            return details.of(em, item, snapshot);
        });
    }

    /** One change to a locked item of a locked case. */
    public interface ItemChange {
        void apply(EntityManager em, LetterItem item, CaseSnapshot snapshot, Instant now);
    }
}
