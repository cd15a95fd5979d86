package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.internal.referral.ReferralRequests;
import org.kintsugi.core.internal.referral.ReferralTerms;

/** What callers see of a case. */
public final class CaseViews {
    private CaseViews() {
    }

    public static class Summary {
        public final String id;
        /** What people say and search for: region, year opened, number (HUB-NORTH-2026-0042). */
        public final String reference;
        public final String region;
        public final String referralId;
        public final CaseStage stage;
        public final CaseHold hold;
        public final ReferralTerms.OffenceCategory offenceCategory;
        public final boolean specialRisk;
        public final ReferralTerms.LedBy ledBy;
        public final Instant openedAt;
        public final int reEngagedCount;
        /** The earliest open task's due date, and whether it has passed. */
        public final LocalDate nextDueOn;
        public final boolean overdue;

        /** The summary alone, of a detail view too: what a summary's JSON holds, and nothing the detail adds. */
        public Summary(Summary c) {
            this.nextDueOn = c.nextDueOn;
            this.overdue = c.overdue;
            this.reEngagedCount = c.reEngagedCount;
            this.id = c.id;
            this.reference = c.reference;
            this.region = c.region;
            this.referralId = c.referralId;
            this.stage = c.stage;
            this.hold = c.hold;
            this.offenceCategory = c.offenceCategory;
            this.specialRisk = c.specialRisk;
            this.ledBy = c.ledBy;
            this.openedAt = c.openedAt;
        }

        public Summary(CaseRecord c) {
            this.nextDueOn = c.getNextDueOn();
            this.overdue = c.getNextDueOn() != null && c.getNextDueOn().isBefore(LocalDate.now(ZoneOffset.UTC));
            this.reEngagedCount = c.getReEngagedCount();
            this.id = c.getId();
            this.reference = c.getReference();
            this.region = c.getRegionCode();
            this.referralId = c.getReferralId();
            this.stage = c.getStage();
            this.hold = c.getHold();
            this.offenceCategory = c.getOffenceCategory();
            this.specialRisk = c.isSpecialRisk();
            this.ledBy = c.getLedBy();
            this.openedAt = c.getOpenedAt();
        }
    }

    public static final class Detail extends Summary {
        public final List<Participant> participants;
        public final List<Event> timeline;
        public final List<Task> tasks;
        /** Who paused, withdrew or halted the case, on whose behalf, why; absent while the case runs. */
        public final HoldDetails holdDetails;
        /** What facilitation still lacks (empty when ready): the server decides, the screens show why. */
        public final List<String> facilitationGaps;
        public final List<Consent> consents;
        /** Why, when and by whom the case closed, and until when it is kept; absent while open. */
        public final Closure closure;

        Detail(CaseRecord c, List<Participant> participants, List<Event> timeline, List<Task> tasks,
                HoldDetails holdDetails, List<String> facilitationGaps, List<Consent> consents, Closure closure) {
            super(c);
            this.closure = closure;
            this.consents = consents;
            this.participants = participants;
            this.timeline = timeline;
            this.tasks = tasks;
            this.holdDetails = holdDetails;
            this.facilitationGaps = facilitationGaps;
        }
    }

    public static final class Consent {
        public final String id;
        public final String participantId;
        public final CaseTerms.ConsentPurpose purpose;
        public final String purposeDetail;
        public final String wordingVersion;
        public final String informationGiven;
        public final boolean noIncentiveConfirmed;
        public final Instant givenAt;
        public final String recordedBy;
        public final boolean active;
        public final Instant withdrawnAt;
        public final String withdrawnBy;

        Consent(CaseConsent c, String informationGiven) {
            this.id = c.getId();
            this.participantId = c.getParticipantId();
            this.purpose = c.getPurpose();
            this.purposeDetail = c.getPurposeDetail();
            this.wordingVersion = c.getWordingVersion();
            this.informationGiven = informationGiven;
            this.noIncentiveConfirmed = c.isNoIncentiveConfirmed();
            this.givenAt = c.getGivenAt();
            this.recordedBy = c.getRecordedBy();
            this.active = c.isActive();
            this.withdrawnAt = c.getWithdrawnAt();
            this.withdrawnBy = c.getWithdrawnBy();
        }
    }

    public static final class Closure {
        public final Instant at;
        public final String by;
        public final CaseTerms.CloseReason reason;
        public final String note;
        public final LocalDate retainUntil;

        Closure(CaseRecord c, String note) {
            this.at = c.getClosedAt();
            this.by = c.getClosedBy();
            this.reason = c.getCloseReason();
            this.note = note;
            this.retainUntil = c.getRetainUntil();
        }
    }

    public static final class HoldDetails {
        public final Instant at;
        public final String by;
        public final String onBehalfOf;
        public final String reason;
        public final String tellOtherParty;

        HoldDetails(CaseRecord c, String reason, String tellOtherParty) {
            this.at = c.getHoldAt();
            this.by = c.getHoldBy();
            this.onBehalfOf = c.getHoldOnBehalfOf();
            this.reason = reason;
            this.tellOtherParty = tellOtherParty;
        }
    }

    public static final class Participant {
        public final String id;
        public final ParticipantRole role;
        public final String userId;
        public final Boolean chosenByPersonHarmed;
        /** For a supporter: whom they support. */
        public final String supports;
        public final ReferralRequests.Party details;
        /** A facilitator's name as the staff directory has it (a colleague, never a party's details). */
        public final String staffName;

        Participant(CaseParticipant p, ReferralRequests.Party details, String staffName) {
            this.supports = p.getSupportsParticipantId();
            this.id = p.getId();
            this.role = p.getRole();
            this.userId = p.getUserId();
            this.chosenByPersonHarmed = p.getRole() == ParticipantRole.FACILITATOR ? p.isChosenByHarmed() : null;
            this.details = details;
            this.staffName = staffName;
        }
    }

    public static final class Event {
        public final Instant at;
        public final String actor;
        public final CaseTerms.EventKind kind;
        public final String note;
        /** The particulars a screen needs to say the entry in its language; null when none were kept. */
        public final Map<String, String> params;

        Event(CaseEvent e) {
            this.at = e.getOccurredAt();
            this.actor = e.getActor();
            this.kind = e.getKind();
            this.note = e.getNote();
            this.params = e.getParams();
        }
    }

    public static final class Task {
        public final String id;
        public final String caseId;
        public final CaseTerms.TaskKind kind;
        public final LocalDate dueOn;
        public final Instant doneAt;
        public final String doneBy;
        public final boolean overdue;

        public Task(CaseTask t, LocalDate today) {
            this.id = t.getId();
            this.caseId = t.getCaseId();
            this.doneBy = t.getDoneBy();
            this.kind = t.getKind();
            this.dueOn = t.getDueOn();
            this.doneAt = t.getDoneAt();
            this.overdue = t.getDoneAt() == null && t.getDueOn().isBefore(today);
        }
    }
}
