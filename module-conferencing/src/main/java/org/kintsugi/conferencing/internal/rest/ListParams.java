package org.kintsugi.conferencing.internal.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;

/** The meeting lists' query parameters, refused together with a reason each. */
final class ListParams {
    static final int MAX_DAYS = 31;
    static final int MAX_PAGE = 200;

    private ListParams() {
    }

    static void check(int days, int limit, int offset) {
        List<FieldProblem> problems = new ArrayList<>();
        if (days < 1 || days > MAX_DAYS) {
            problems.add(FieldProblem.between("days", 1, MAX_DAYS));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add(FieldProblem.between("limit", 1, MAX_PAGE));
        }
        if (offset < 0) {
            problems.add(FieldProblem.notNegative("offset"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /** A day as YYYY-MM-DD; today when absent. */
    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldProblem(field, "a day as YYYY-MM-DD", "conferencing.day"));
        }
    }

    /** "me" is the caller; any other value is refused: nobody lists another facilitator's meetings by id here. */
    static String facilitator(Caller caller, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!"me".equals(value)) {
            throw ProblemException.invalid(new FieldProblem("facilitator", "only 'me'", "conferencing.facilitator-me"));
        }
        return caller.userId().toString();
    }
}
