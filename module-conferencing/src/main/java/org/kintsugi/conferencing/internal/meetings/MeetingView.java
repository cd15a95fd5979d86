package org.kintsugi.conferencing.internal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.store.AgreementItem;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.Meeting;

/** A meeting as one caller may see it: sealed texts only for those who practise on the case. */
public final class MeetingView {
    public final String id;
    public final String caseId;
    public final Meeting.Kind kind;
    public final MeetingState state;
    /** Why it was last cancelled or postponed: a hold's kind, or who did it; never the hold's reasons. */
    public final String stateBecause;
    public final List<AttendeeView> attendees;
    public final Set<String> facilitators;
    public final String speaksFirst;
    public final Instant start;
    public final Instant end;
    public final boolean remote;
    public final String venueId;
    public final String venueName;
    public final String groundRules;
    public final String plan;
    public final String record;
    /** The draft outcome agreement's items; for those who practise on the case. */
    public final List<Item> agreementItems;
    /** True when the sealed texts were left out for this caller. */
    public final boolean withheld;
    public final long version;

    MeetingView(Meeting m, List<AttendeeView> attendees, String venueId, String venueName, Sealed sealed) {
        this.id = m.getId();
        this.caseId = m.getCaseId();
        this.kind = m.getKind();
        this.state = m.getState();
        this.stateBecause = m.getStateBecause();
        this.attendees = attendees;
        this.facilitators = m.getFacilitators();
        this.speaksFirst = m.getSpeaksFirst();
        this.start = m.getStartsAt();
        this.end = m.getEndsAt();
        this.remote = m.isRemote();
        this.venueId = venueId;
        this.venueName = venueName;
        this.withheld = sealed == null;
        this.groundRules = sealed == null ? null : sealed.groundRules;
        this.plan = sealed == null ? null : sealed.plan;
        this.record = sealed == null ? null : sealed.record;
        this.agreementItems = sealed == null ? List.of() : sealed.items;
        this.version = m.getVersion();
    }

    static final class Sealed {
        final String groundRules;
        final String plan;
        final String record;
        final List<Item> items;

        Sealed(String groundRules, String plan, String record, List<Item> items) {
            this.groundRules = groundRules;
            this.plan = plan;
            this.record = record;
            this.items = items;
        }
    }

    public static final class Item {
        public final String id;
        public final String committedBy;
        public final String text;
        public final LocalDate dueOn;

        Item(AgreementItem item, String text) {
            this.id = item.getId();
            this.committedBy = item.getCommittedBy();
            this.text = text;
            this.dueOn = item.getDueOn();
        }
    }

    public static final class AttendeeView {
        public final String participantId;
        public final ParticipantRole role;
        public final Attendee.Readiness readiness;
        public final boolean groundRulesAgreed;
        public final Boolean attended;
        public final boolean mustBeTold;
        public final Instant toldAt;

        AttendeeView(Attendee a) {
            this.participantId = a.getParticipantId();
            this.role = a.getRole();
            this.readiness = a.getReadiness();
            this.groundRulesAgreed = a.isGroundRulesAgreed();
            this.attended = a.getAttended();
            this.mustBeTold = a.isMustBeTold();
            this.toldAt = a.getToldAt();
        }
    }
}
