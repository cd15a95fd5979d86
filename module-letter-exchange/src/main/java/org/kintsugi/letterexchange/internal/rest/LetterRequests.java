package org.kintsugi.letterexchange.internal.rest;

import java.util.List;

import org.kintsugi.letterexchange.internal.check.Redaction;
import org.kintsugi.letterexchange.internal.flow.ItemKind;

/** Request bodies of the letter-exchange API. */
public final class LetterRequests {
    /** A letter or questions, up to about eight pages; longer ones are better split or talked through. */
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_NOTE = 4_000;

    private LetterRequests() {
    }

    public static final class NewItem {
        public ItemKind kind;
        /** The person harmed or the person responsible on whose behalf it is written. */
        public String writerParticipantId;
        /** Optional: the recipient among the other party; by default the case's first of that role. */
        public String recipientParticipantId;
        /** A reply to this delivered item, written by its recipient. */
        public String inReplyTo;
        /** Written and reviewed, kept for the writer, never delivered. */
        public boolean noSend;
        public String text;
    }

    public static final class NewText {
        public String text;
    }

    public static final class Approval {
        /** Passages of the reviewed text taken out before it goes; the original is kept for practitioners. */
        public List<Redaction.Range> redactions;
        /** The facilitator looked at every passage flagged as contact details and it may stay. */
        public boolean contactDetailsChecked;
    }

    /** Comments for changes (return), reasons (decline), or why the writer withdrew it. */
    public static final class Note {
        public String note;
    }

    public static final class Consent {
        /** The approved version the writer read and agreed to send: consent is to that text only. */
        public Integer approvedVersion;
    }

    public static final class Preference {
        public Boolean receivesLetters;
        public Boolean receivesReplies;
    }

    public static final class Settings {
        public Integer reviewDays;
    }
}
