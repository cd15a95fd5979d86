package org.kintsugi.core.internal.venues;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.kintsugi.core.api.problem.FieldProblem;

/** What the register accepts and when a venue may be booked: pure rules, each problem said at once. */
public final class VenueRules {
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 1000;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 36;
    static final Duration LONGEST_BOOKING = Duration.ofHours(12);

    private VenueRules() {
    }

    static List<FieldProblem> problems(VenueRequests.Description body, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.name == null || body.name.isBlank() || body.name.length() > MAX_NAME) {
            problems.add(FieldProblem.requiredAtMost("name", MAX_NAME));
        }
        if (body.address == null || body.address.isBlank() || body.address.length() > MAX_ADDRESS) {
            problems.add(FieldProblem.requiredAtMost("address", MAX_ADDRESS));
        }
        if (body.facilities == null || body.facilities.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("facilities", "is required: a list of facilities, empty if it has none",
                    "list-required"));
        }
        if (body.neutralGround == null) {
            problems.add(FieldProblem.yesOrNo("neutralGround"));
        }
        return problems;
    }

    /** A check is recorded on the day it was done: not in the future, and not so long ago it never counted. */
    static List<FieldProblem> checkProblems(LocalDate checkedOn, LocalDate today) {
        if (checkedOn == null) {
            return List.of(FieldProblem.required("checkedOn"));
        }
        if (checkedOn.isAfter(today) || checkedOn.isBefore(today.minusMonths(MAX_MONTHS))) {
            return List.of(new FieldProblem("checkedOn", "must be a day in the last " + MAX_MONTHS + " months, not after today",
                    "check-date"));
        }
        return List.of();
    }

    /** The first day the check no longer counts; null when the venue was never checked. */
    public static LocalDate checkRunsOut(LocalDate checkedOn, int months) {
        return checkedOn == null ? null : checkedOn.plusMonths(months);
    }

    /** Whether the check counts on each day from {@code from} to {@code to}. */
    public static boolean checkCurrent(LocalDate checkedOn, int months, LocalDate from, LocalDate to) {
        return checkedOn != null && !from.isBefore(checkedOn) && to.isBefore(checkRunsOut(checkedOn, months));
    }

    /** A booking is a future span of at most {@link #LONGEST_BOOKING}. */
    static List<FieldProblem> spanProblems(Instant start, Instant end, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(FieldProblem.required("start"));
        } else if (!start.isAfter(now)) {
            problems.add(new FieldProblem("start", "must be in the future", "start-in-past"));
        }
        if (end == null) {
            problems.add(FieldProblem.required("end"));
        } else if (start != null && (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_BOOKING) > 0)) {
            problems.add(new FieldProblem("end", "must be after the start, and at most 12 hours later", "end-after-start"));
        }
        return problems;
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
