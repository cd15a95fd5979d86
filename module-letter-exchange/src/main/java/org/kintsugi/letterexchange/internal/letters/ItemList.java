package org.kintsugi.letterexchange.internal.letters;

import java.util.List;

import org.kintsugi.letterexchange.internal.flow.ItemState;

/** The working lists of items, each a condition on items aliased {@code i}, in the order people work them. */
public enum ItemList {
    AWAITING_REVIEW("i.state = :submitted and i.held = false", "i.submittedAt"),
    /** Awaiting review past the region's days, which differ by region: narrowed per region (ItemsAcross). */
    OVERDUE_REVIEW("i.state = :submitted and i.held = false", "i.submittedAt"),
    AWAITING_CONSENT("i.state = :approved and i.held = false", "i.reviewedAt"),
    READY_TO_DELIVER("i.state = :consented and i.held = false", "i.consentedAt"),
    HELD("i.held = true", "i.heldAt"),
    DELIVERED("i.state in :delivered", "i.deliveredAt desc"),
    ALL("i.id is not null", "i.createdAt");

    private final String condition;
    private final String order;

    ItemList(String condition, String order) {
        this.condition = condition;
        this.order = order;
    }

    public String condition() {
        return condition;
    }

    public String order() {
        return order + ", i.id";
    }

    /** Binds what {@link #condition()} names. */
    public <Q extends javax.persistence.Query> Q bind(Q query) {
        if (condition.contains(":submitted")) {
            query.setParameter("submitted", ItemState.SUBMITTED);
        }
        if (condition.contains(":approved")) {
            query.setParameter("approved", ItemState.APPROVED);
        }
        if (condition.contains(":consented")) {
            query.setParameter("consented", ItemState.CONSENTED);
        }
        if (condition.contains(":delivered")) {
            query.setParameter("delivered", List.of(ItemState.DELIVERED, ItemState.READ));
        }
        return query;
    }
}
