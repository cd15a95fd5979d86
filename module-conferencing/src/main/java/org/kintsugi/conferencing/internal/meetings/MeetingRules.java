package org.kintsugi.conferencing.internal.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.spi.cases.CaseParty;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.conferencing.internal.rest.MeetingRequests;
import org.kintsugi.conferencing.internal.store.Meeting;

/** What a new meeting must be, field by field, against the case it is for. Every problem at once. */
final class MeetingRules {
    static final int MAX_TEXT = 8000;

    private MeetingRules() {
    }

    static List<FieldProblem> check(MeetingRequests.NewMeeting body, CaseSnapshot snapshot) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.kind == null) {
            problems.add(new FieldProblem("kind", "must be CONFERENCE or FAMILY_CIRCLE", "conferencing.kind-required"));
        }
        Set<String> attendees = body.attendees == null ? Set.of() : new LinkedHashSet<>(body.attendees);
        if (attendees.isEmpty()) {
            problems.add(new FieldProblem("attendees", "choose who attends", "conferencing.attendees-required"));
        }
        List<ParticipantRole> roles = new ArrayList<>();
        for (String id : attendees) {
            Optional<CaseParty> party = snapshot.party(id == null ? "" : id).filter(p -> p.role() != ParticipantRole.FACILITATOR);
            if (party.isEmpty()) {
                problems.add(new FieldProblem("attendees", "must be participants of this case", "not-a-participant"));
                return problems;
            }
            roles.add(party.get().role());
        }
        if (body.kind == Meeting.Kind.FAMILY_CIRCLE && roles.contains(ParticipantRole.PERSON_RESPONSIBLE)) {
            problems.add(new FieldProblem("attendees", "a family circle never includes the person responsible",
                    "conferencing.circle-without-responsible"));
        }
        if (body.kind == Meeting.Kind.CONFERENCE && !attendees.isEmpty() && !(roles.contains(ParticipantRole.PERSON_HARMED)
                && roles.contains(ParticipantRole.PERSON_RESPONSIBLE))) {
            problems.add(new FieldProblem("attendees", "a conference brings a person harmed and a person responsible together",
                    "conferencing.conference-parties"));
        }
        facilitators(body, snapshot, problems);
        if (body.speaksFirst != null && !(attendees.contains(body.speaksFirst) && snapshot.party(body.speaksFirst)
                .map(p -> p.role() == ParticipantRole.PERSON_HARMED).orElse(false))) {
            problems.add(new FieldProblem("speaksFirst", "only a person harmed who attends may choose to speak first",
                    "conferencing.speaks-first"));
        }
        text(problems, "groundRules", body.groundRules);
        text(problems, "plan", body.plan);
        return problems;
    }

    private static void facilitators(MeetingRequests.NewMeeting body, CaseSnapshot snapshot, List<FieldProblem> problems) {
        Set<String> chosen = body.facilitators == null ? Set.of() : new LinkedHashSet<>(body.facilitators);
        Set<String> ofCase = new LinkedHashSet<>();
        snapshot.parties().stream().filter(p -> p.role() == ParticipantRole.FACILITATOR)
                .forEach(p -> p.userId().ifPresent(ofCase::add));
        if (!ofCase.containsAll(chosen)) {
            problems.add(new FieldProblem("facilitators", "must be facilitators allocated to this case",
                    "conferencing.facilitator-not-allocated"));
        } else if (chosen.size() < (snapshot.specialRisk() ? 2 : 1)) {
            problems.add(new FieldProblem("facilitators", snapshot.specialRisk()
                    ? "a special-risk case's meeting has two facilitators" : "choose who facilitates",
                    snapshot.specialRisk() ? "conferencing.two-facilitators" : "conferencing.facilitator-required"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(FieldProblem.atMost(field, MAX_TEXT));
        }
    }
}
