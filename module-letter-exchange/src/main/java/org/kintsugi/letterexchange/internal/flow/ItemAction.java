package org.kintsugi.letterexchange.internal.flow;

/** What a practitioner can do to an item, each recorded in its history under this name. */
public enum ItemAction {
    EDIT, SUBMIT, APPROVE, RETURN, DECLINE, CONSENT, DELIVER, MARK_READ, WITHDRAW, RELEASE
}
