package org.kintsugi.letterexchange.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.kintsugi.letterexchange.internal.check.ContactFlag;
import org.kintsugi.letterexchange.internal.flow.ItemState;
import org.kintsugi.letterexchange.internal.store.LetterEvent;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.LetterVersion;

/**
 * What the API shows of items, mapped from what it is given: no queries, no keys. Texts only to practitioners
 * who work on the case (ItemDetails decides); the recipient's view holds the approved text and nothing about the
 * writer beyond their role.
 */
public final class LetterViews {
    private LetterViews() {
    }

    /** An item without its text: for lists, and for hub staff. */
    public static class Summary {
        public String id;
        public String caseId;
        public String region;
        public String kind;
        public boolean noSend;
        public String state;
        public boolean held;
        public String heldBecause;
        public String writerRole;
        public String writerParticipantId;
        public String recipientRole;
        public String recipientParticipantId;
        public String inReplyTo;
        public int currentVersion;
        public Integer approvedVersion;
        public Instant createdAt;
        public Instant submittedAt;
        /** The day its review is due, while it waits for one. */
        public LocalDate reviewDueOn;
        public boolean reviewOverdue;
        public Instant reviewedAt;
        public Instant consentedAt;
        public Instant deliveredAt;
        public Instant readAt;
        /** Changes with every change to the item. */
        public long revision;
    }

    public static final class Detail extends Summary {
        /** Every text it has had, oldest first; empty unless the caller works on the case. */
        public List<Version> versions = List.of();
        /** Passages of the newest text that look like contact details. */
        public List<Flag> contactDetailFlags = List.of();
        public List<Event> history = List.of();
    }

    public static final class Version {
        public int number;
        public String kind;
        public Integer basedOn;
        public String text;
        public String writtenBy;
        public Instant writtenAt;
    }

    public static final class Flag {
        public String kind;
        public int start;
        public int end;
        public String text;
    }

    public static final class Event {
        public String action;
        public String by;
        public Instant at;
        public Integer version;
        public String note;
    }

    /** All the recipient is ever shown. */
    public static final class RecipientView {
        public String itemId;
        public String kind;
        public String inReplyTo;
        public String text;
        public Instant deliveredAt;
    }

    public static Summary summary(LetterItem item, int reviewDays) {
        return fill(new Summary(), item, reviewDays);
    }

    /** Everything a caller may see of an item, from what {@code ItemDetails} read and opened for them. */
    public static Detail detail(LetterItem item, int reviewDays, List<Event> history, List<Version> versions,
            List<ContactFlag> flags) {
        Detail detail = fill(new Detail(), item, reviewDays);
        detail.history = history;
        detail.versions = versions;
        detail.contactDetailFlags = flags.stream().map(LetterViews::flag).collect(Collectors.toList());
        return detail;
    }

    public static RecipientView recipientView(LetterItem item, String approvedText) {
        RecipientView view = new RecipientView();
        view.itemId = item.getId();
        view.kind = item.getKind().name();
        view.inReplyTo = item.getInReplyTo();
        view.text = approvedText;
        view.deliveredAt = item.getDeliveredAt();
        return view;
    }

    /** Due the given number of days after submission; overdue from the day after. */
    public static LocalDate reviewDue(LetterItem item, int reviewDays) {
        return item.getSubmittedAt().atZone(ZoneOffset.UTC).toLocalDate().plus(reviewDays, ChronoUnit.DAYS);
    }

    private static <T extends Summary> T fill(T view, LetterItem item, int reviewDays) {
        view.id = item.getId();
        view.caseId = item.getCaseId();
        view.region = item.getRegionCode();
        view.kind = item.getKind().name();
        view.noSend = item.isNoSend();
        view.state = item.getState().name();
        view.held = item.isHeld();
        view.heldBecause = item.getHeldBecause();
        view.writerRole = item.getWriterRole().name();
        view.writerParticipantId = item.getWriterParticipantId();
        view.recipientRole = item.getRecipientRole() == null ? null : item.getRecipientRole().name();
        view.recipientParticipantId = item.getRecipientParticipantId();
        view.inReplyTo = item.getInReplyTo();
        view.currentVersion = item.getCurrentVersion();
        view.approvedVersion = item.getApprovedVersion();
        view.createdAt = item.getCreatedAt();
        view.submittedAt = item.getSubmittedAt();
        if (item.getState() == ItemState.SUBMITTED && item.getSubmittedAt() != null) {
            view.reviewDueOn = reviewDue(item, reviewDays);
            view.reviewOverdue = LocalDate.now(ZoneOffset.UTC).isAfter(view.reviewDueOn);
        }
        view.reviewedAt = item.getReviewedAt();
        view.consentedAt = item.getConsentedAt();
        view.deliveredAt = item.getDeliveredAt();
        view.readAt = item.getReadAt();
        view.revision = item.getVersion();
        return view;
    }

    /** A stored text with its opened words. */
    public static Version version(LetterVersion stored, String text) {
        Version view = new Version();
        view.number = stored.getNumber();
        view.kind = stored.getKind().name();
        view.basedOn = stored.getBasedOn();
        view.text = text;
        view.writtenBy = stored.getWrittenBy();
        view.writtenAt = stored.getWrittenAt();
        return view;
    }

    /** A step of the item's history; {@code note} only for those who may read it, else null. */
    public static Event event(LetterEvent stored, String note) {
        Event view = new Event();
        view.action = stored.getAction();
        view.by = stored.getActor();
        view.at = stored.getAt();
        view.version = stored.getVersionNumber();
        view.note = note;
        return view;
    }

    private static Flag flag(ContactFlag found) {
        Flag view = new Flag();
        view.kind = found.kind().name();
        view.start = found.start();
        view.end = found.end();
        view.text = found.text();
        return view;
    }
}
