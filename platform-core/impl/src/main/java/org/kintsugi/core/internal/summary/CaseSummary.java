package org.kintsugi.core.internal.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.internal.assessment.AssessmentTerms;
import org.kintsugi.core.internal.assessment.AssessmentViews;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.cases.CaseViews;
import org.kintsugi.core.internal.participants.CaseNotes;
import org.kintsugi.core.internal.referral.ReferralRequests;

/**
 * A case on paper: what identifies it and where it stands, who takes part, consents, assessments, the decision,
 * tasks and the timeline. Sealed details (names and contact ways, reasons, notes' words, the closing note) are
 * in it only when whoever prints it chose so; then {@code sealedIncluded} says it, on the page and in the audit.
 */
public final class CaseSummary {
    public final CaseViews.Summary facts;
    public final List<String> facilitators;
    public final boolean sealedIncluded;
    public final Instant printedAt;
    public final String printedBy;
    public final List<Person> participants;
    public final List<Consent> consents;
    public final List<Assessment> assessments;
    public final List<Decision> decisions;
    public final List<CaseViews.Task> tasks;
    public final Hold hold;
    public final Closure closure;
    public final List<Note> notes;
    public final List<CaseViews.Event> timeline;

    CaseSummary(CaseViews.Detail c, List<AssessmentViews.Assessment> assessments, List<AssessmentViews.Decision> decisions,
            List<CaseNotes.NoteView> notes, boolean sealed, String printedBy, Instant printedAt) {
        this.facts = new CaseViews.Summary(c); // not the detail: its participants carry sealed details
        this.sealedIncluded = sealed;
        this.printedBy = printedBy;
        this.printedAt = printedAt;
        this.facilitators = c.participants.stream().filter(p -> p.role == ParticipantRole.FACILITATOR)
                .map(p -> p.staffName).collect(Collectors.toList());
        this.participants = c.participants.stream().filter(p -> p.role != ParticipantRole.FACILITATOR)
                .map(p -> new Person(p, sealed)).collect(Collectors.toList());
        this.consents = c.consents.stream().map(k -> new Consent(k, c, sealed)).collect(Collectors.toList());
        this.assessments = assessments.stream().map(Assessment::new).collect(Collectors.toList());
        this.decisions = decisions.stream().map(d -> new Decision(d, sealed)).collect(Collectors.toList());
        this.tasks = c.tasks;
        this.hold = c.holdDetails == null ? null : new Hold(c.holdDetails, sealed);
        this.closure = c.closure == null ? null : new Closure(c.closure, sealed);
        this.notes = sealed ? notes.stream().map(Note::new).collect(Collectors.toList()) : List.of();
        this.timeline = c.timeline; // says what happened, never what was written
    }

    public static final class Person {
        public final ParticipantRole role;
        public final String name;
        public final List<ReferralRequests.ContactWay> safeContact;

        Person(CaseViews.Participant p, boolean sealed) {
            this.role = p.role;
            this.name = sealed && p.details != null ? p.details.name : null;
            this.safeContact = sealed && p.details != null ? p.details.safeContact : null;
        }
    }

    public static final class Consent {
        public final ParticipantRole role;
        public final CaseTerms.ConsentPurpose purpose;
        public final boolean active;
        public final Instant givenAt;
        public final Instant withdrawnAt;
        public final String informationGiven;

        Consent(CaseViews.Consent k, CaseViews.Detail c, boolean sealed) {
            this.role = c.participants.stream().filter(p -> p.id.equals(k.participantId)).map(p -> p.role)
                    .findFirst().orElse(null);
            this.purpose = k.purpose;
            this.active = k.active;
            this.givenAt = k.givenAt;
            this.withdrawnAt = k.withdrawnAt;
            this.informationGiven = sealed ? k.informationGiven : null;
        }
    }

    /** Where each party's assessment stands; its ratings and notes stay on the assessment itself. */
    public static final class Assessment {
        public final ParticipantRole role;
        public final AssessmentTerms.Status status;
        public final Instant completedAt;
        public final Instant signedOffAt;

        Assessment(AssessmentViews.Assessment a) {
            this.role = a.participantRole;
            this.status = a.status;
            this.completedAt = a.completedAt;
            this.signedOffAt = a.signedOffAt;
        }
    }

    public static final class Decision {
        public final AssessmentTerms.Outcome outcome;
        public final Instant decidedAt;
        public final boolean current;
        public final String reasons;
        public final String conditions;

        Decision(AssessmentViews.Decision d, boolean sealed) {
            this.outcome = d.outcome;
            this.decidedAt = d.decidedAt;
            this.current = d.current;
            this.reasons = sealed ? d.reasons : null;
            this.conditions = sealed ? d.conditions : null;
        }
    }

    public static final class Hold {
        public final Instant at;
        public final String reason;
        public final String tellOtherParty;

        Hold(CaseViews.HoldDetails h, boolean sealed) {
            this.at = h.at;
            this.reason = sealed ? h.reason : null;
            this.tellOtherParty = sealed ? h.tellOtherParty : null;
        }
    }

    public static final class Closure {
        public final CaseTerms.CloseReason reason;
        public final LocalDate retainUntil;
        public final String note;

        Closure(CaseViews.Closure c, boolean sealed) {
            this.reason = c.reason;
            this.retainUntil = c.retainUntil;
            this.note = sealed ? c.note : null;
        }
    }

    public static final class Note {
        public final Instant writtenAt;
        public final String writtenBy;
        public final String text;

        Note(CaseNotes.NoteView n) {
            this.writtenAt = n.writtenAt;
            this.writtenBy = n.writtenBy;
            this.text = n.text;
        }
    }
}
