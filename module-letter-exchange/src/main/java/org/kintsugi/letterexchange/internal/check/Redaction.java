package org.kintsugi.letterexchange.internal.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;

/** Passages the facilitator takes out before approval, each replaced by a visible marker. */
public final class Redaction {
    public static final String MARKER = "[redacted]";

    private Redaction() {
    }

    /** A passage by character offsets into the reviewed text, end exclusive. */
    public static final class Range {
        public Integer start;
        public Integer end;

        public Range() {
        }

        public Range(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    /** The text with every range replaced; a range outside the text or overlapping another is a 400. */
    public static String apply(String text, List<Range> ranges) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Range> valid = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            String field = "redactions[" + i + "]";
            if (range == null || range.start == null || range.end == null) {
                problems.add(new FieldProblem(field, "needs start and end", "letter-exchange.range-incomplete"));
            } else if (range.start < 0 || range.end > text.length() || range.start >= range.end) {
                problems.add(new FieldProblem(field, "must lie within the text (0 to " + text.length()
                        + ") with start before end", "letter-exchange.range-outside", Map.of("length", text.length())));
            } else {
                valid.add(range);
            }
        }
        valid.sort(Comparator.comparingInt(r -> r.start));
        for (int i = 1; i < valid.size(); i++) {
            if (valid.get(i).start < valid.get(i - 1).end) {
                problems.add(new FieldProblem("redactions", "passages overlap at " + valid.get(i).start,
                        "letter-exchange.ranges-overlap", Map.of("at", valid.get(i).start)));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Range range : valid) {
            out.append(text, at, range.start).append(MARKER);
            at = range.end;
        }
        return out.append(text.substring(at)).toString();
    }
}
