package org.kintsugi.core.internal.people;

import java.util.ArrayList;
import java.util.List;
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
            problems.add(new FieldProblem("username", "must be 3 to 100 characters: letters, digits, '.', '_', '-', '@'"));
        }
        return this;
    }

    UserValidation displayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add(new FieldProblem("displayName", "is required, at most 200 characters"));
        }
        return this;
    }

    UserValidation access(Set<Role> roles, Set<String> regions, PeopleRequests.Practitioner practitioner,
            Set<String> knownRegions) {
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "at least one role is required"));
            return this;
        }
        Set<String> wanted = regions == null ? Set.of() : regions;
        if (wanted.isEmpty() && !roles.equals(Set.of(Role.NATIONAL_ADMIN))) {
            problems.add(new FieldProblem("regions", "at least one region is required for these roles"));
        }
        wanted.stream().filter(code -> !knownRegions.contains(code)).sorted().findFirst()
                .ifPresent(code -> problems.add(new FieldProblem("regions", "unknown region '" + code + "'")));
        boolean practises = roles.contains(Role.PRACTITIONER) || roles.contains(Role.CASE_SUPERVISOR);
        if (practises && (practitioner == null || practitioner.registrationLevel == null)) {
            problems.add(new FieldProblem("practitioner.registrationLevel", "is required for practitioners and supervisors"));
        } else if (roles.contains(Role.CASE_SUPERVISOR)
                && practitioner.registrationLevel != PractitionerProfile.Level.ADVANCED) {
            problems.add(new FieldProblem("practitioner.registrationLevel", "a case supervisor must be ADVANCED"));
        }
        if (!practises && practitioner != null) {
            problems.add(new FieldProblem("practitioner", "only practitioners and supervisors have a practitioner record"));
        }
        return this;
    }

    UserValidation add(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
        return this;
    }

    void orThrow() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
