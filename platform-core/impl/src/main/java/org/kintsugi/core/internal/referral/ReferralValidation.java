package org.kintsugi.core.internal.referral;

import java.util.ArrayList;
import java.util.List;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;

/** Field rules for a new referral, all reported at once. */
public final class ReferralValidation {
    private ReferralValidation() {
    }

    static void check(ReferralRequests.NewReferral body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.region == null || body.region.isBlank()) {
            problems.add(FieldProblem.required("region"));
        }
        required(problems, "source", body.source);
        required(problems, "ledBy", body.ledBy);
        required(problems, "recency", body.recency);
        required(problems, "sentenceStage", body.sentenceStage);
        required(problems, "offenceCategory", body.offenceCategory);
        if (body.crimeReference != null && body.crimeReference.length() > 60) {
            problems.add(FieldProblem.atMost("crimeReference", 60));
        }
        party(problems, "personHarmed", body.personHarmed, true);
        party(problems, "personResponsible", body.personResponsible, false);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /** A party's name, safe contact ways and ways never to use; {@code required}: at least one safe way. */
    public static void party(List<FieldProblem> problems, String field, ReferralRequests.Party party, boolean required) {
        if (party == null) {
            if (required) {
                problems.add(FieldProblem.required(field));
            }
            return;
        }
        if (party.name == null || party.name.isBlank() || party.name.length() > 200) {
            problems.add(FieldProblem.requiredAtMost(field + ".name", 200));
        }
        if (required && (party.safeContact == null || party.safeContact.isEmpty())) {
            problems.add(new FieldProblem(field + ".safeContact", "at least one safe way to make contact is required", "safe-contact-required"));
        }
        if (party.safeContact == null) {
            return;
        }
        for (int i = 0; i < party.safeContact.size(); i++) {
            ReferralRequests.ContactWay way = party.safeContact.get(i);
            String at = field + ".safeContact." + i;
            if (way == null || way.method == null) {
                problems.add(FieldProblem.required(at + ".method"));
            } else if (party.neverUse != null && party.neverUse.contains(way.method)) {
                problems.add(new FieldProblem(at + ".method", "is also listed as a way never to use", "method-also-never"));
            }
            if (way != null && (way.value == null || way.value.isBlank() || way.value.length() > 500)) {
                problems.add(FieldProblem.requiredAtMost(at + ".value", 500));
            }
            if (way != null && way.notes != null && way.notes.length() > 1000) {
                problems.add(FieldProblem.atMost(at + ".notes", 1000));
            }
        }
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(FieldProblem.required(field));
        }
    }
}
