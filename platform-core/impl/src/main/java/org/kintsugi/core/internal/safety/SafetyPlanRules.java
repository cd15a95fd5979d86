package org.kintsugi.core.internal.safety;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;

/**
 * What a safety plan must say, checked whole: a part per attending participant of this case, once each, with
 * their times, route, waiting place, stop signal and whom to call; and the person harmed's and the person
 * responsible's arrivals and departures at least {@link #STAGGER} apart, so they never meet on the way.
 */
public final class SafetyPlanRules {
    public static final Duration STAGGER = Duration.ofMinutes(15);
    public static final int MAX_TEXT = 1000;

    private SafetyPlanRules() {
    }

    /** @param roles the case's participants who may have a part (not facilitators), by id */
    static List<FieldProblem> problems(SafetyPlanRequests.Plan plan, Map<String, ParticipantRole> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        if (plan == null || plan.parts == null || plan.parts.isEmpty()
                || plan.parts.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("parts", "needs a part for each participant who attends", "parts-required"));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.parts.size(); i++) {
            SafetyPlanRequests.Part part = plan.parts.get(i);
            String at = "parts[" + i + "].";
            if (part.participantId == null || !roles.containsKey(part.participantId)) {
                problems.add(new FieldProblem(at + "participantId", "must be a participant of this case", "not-a-participant"));
            } else if (!seen.add(part.participantId)) {
                problems.add(new FieldProblem(at + "participantId", "has a part already", "duplicate-part"));
            }
            if (part.arriveAt == null) {
                problems.add(FieldProblem.required(at + "arriveAt"));
            }
            if (part.leaveAt == null || (part.arriveAt != null && !part.leaveAt.isAfter(part.arriveAt))) {
                problems.add(new FieldProblem(at + "leaveAt", "must be after they arrive", "leave-after-arrive"));
            }
            text(problems, at + "route", part.route, true);
            text(problems, at + "waitsIn", part.waitsIn, true);
            text(problems, at + "supportedBy", part.supportedBy, false);
            text(problems, at + "stopSignal", part.stopSignal, true);
            text(problems, at + "whoToCall", part.whoToCall, true);
        }
        if (problems.isEmpty()) {
            staggered(plan.parts, roles, problems);
        }
        return problems;
    }

    private static void staggered(List<SafetyPlanRequests.Part> parts, Map<String, ParticipantRole> roles,
            List<FieldProblem> problems) {
        for (int h = 0; h < parts.size(); h++) {
            if (roles.get(parts.get(h).participantId) != ParticipantRole.PERSON_HARMED) {
                continue;
            }
            for (int r = 0; r < parts.size(); r++) {
                if (roles.get(parts.get(r).participantId) != ParticipantRole.PERSON_RESPONSIBLE) {
                    continue;
                }
                if (Duration.between(parts.get(h).arriveAt, parts.get(r).arriveAt).abs().compareTo(STAGGER) < 0) {
                    problems.add(new FieldProblem("parts[" + r + "].arriveAt", "must be at least 15 minutes apart from the "
                            + "person harmed's arrival", "not-staggered"));
                }
                if (Duration.between(parts.get(h).leaveAt, parts.get(r).leaveAt).abs().compareTo(STAGGER) < 0) {
                    problems.add(new FieldProblem("parts[" + r + "].leaveAt", "must be at least 15 minutes apart from the "
                            + "person harmed's departure", "not-staggered"));
                }
            }
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            problems.add(FieldProblem.requiredAtMost(field, MAX_TEXT));
        } else if (value != null && value.length() > MAX_TEXT) {
            problems.add(FieldProblem.atMost(field, MAX_TEXT));
        }
    }
}
