package org.kintsugi.core.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Role;

/** Field rules for users, all reported together so a form can show every problem at once. */
final class UserValidation {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    private final List<FieldProblem> problems = new ArrayList<>();

    static UserValidation check() {
        return new UserValidation();
    }

    UserValidation username(String username) {
        if (username == null || !USERNAME.matcher(username.trim().toLowerCase(java.util.Locale.ROOT)).matches()) {
            problems.add(new FieldProblem("username", "must be 3 to 100 characters: letters, digits, '.', '_', '-', '@'", "username-format"));
        }
        return this;
    }

    UserValidation displayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add(FieldProblem.requiredAtMost("displayName", 200));
        }
        return this;
    }

    UserValidation access(Set<Role> roles, Set<String> regions, PeopleRequests.Practitioner practitioner,
            Set<String> knownRegions) {
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "at least one role is required", "role-required"));
            return this;
        }
        Set<String> wanted = regions == null ? Set.of() : regions;
        if (wanted.isEmpty() && !roles.equals(Set.of(Role.NATIONAL_ADMIN))) {
            problems.add(new FieldProblem("regions", "at least one region is required for these roles", "region-required"));
        }
        wanted.stream().filter(code -> !knownRegions.contains(code)).sorted().findFirst()
                .ifPresent(code -> problems.add(unknownRegion("regions", code)));
        boolean practises = roles.contains(Role.PRACTITIONER) || roles.contains(Role.CASE_SUPERVISOR);
        if (practises && (practitioner == null || practitioner.registrationLevel == null)) {
            problems.add(new FieldProblem("practitioner.registrationLevel", "is required for practitioners and supervisors", "registration-required"));
        } else if (roles.contains(Role.CASE_SUPERVISOR)
                && practitioner.registrationLevel != PractitionerProfile.Level.ADVANCED) {
            problems.add(new FieldProblem("practitioner.registrationLevel", "a case supervisor must be ADVANCED", "supervisor-advanced"));
        }
        if (!practises && practitioner != null) {
            problems.add(new FieldProblem("practitioner", "only practitioners and supervisors have a practitioner record", "practitioner-record-not-allowed"));
        }
        return this;
    }

    static FieldProblem unknownRegion(String field, String code) {
        return new FieldProblem(field, "unknown region '" + code + "'", "unknown-region", Map.of("region", code));
    }

    UserValidation add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    void orThrow() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
