package org.kintsugi.letterexchange.internal.flow;

/** Where an item is on its way from the writer to the recipient. Holding is apart from this (see ItemFlow). */
public enum ItemState {
    DRAFT, SUBMITTED, RETURNED, APPROVED, CONSENTED, DELIVERED, READ,
    /** The facilitator would not pass it on. */
    DECLINED,
    /** The writer no longer wants it sent. */
    WITHDRAWN,
    /** A no-send letter, reviewed and kept for its writer; never delivered. */
    KEPT;

    /** Not yet with the recipient, and still able to get there: what a case's hold stops. */
    public boolean pending() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED || this == APPROVED || this == CONSENTED;
    }

    public static java.util.List<ItemState> pendingStates() {
        return java.util.Arrays.stream(values()).filter(ItemState::pending).collect(java.util.stream.Collectors.toList());
    }

    /** Nothing more happens to it. */
    public boolean finished() {
        return this == READ || this == DECLINED || this == WITHDRAWN || this == KEPT;
    }
}
