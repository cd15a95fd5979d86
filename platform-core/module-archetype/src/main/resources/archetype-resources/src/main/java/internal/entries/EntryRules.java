package ${package}.internal.entries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kintsugi.core.api.problem.FieldProblem;

/** What a new entry must be, as a pure function: every problem at once, so the form can show them all. */
public final class EntryRules {
    /** Long enough for a page of notes; a database text column holds more, a screen reader does not. */
    public static final int MAX_BODY = 20_000;

    private EntryRules() {
    }

    /** The problems with {@code body}, none when it may be saved. */
    public static List<FieldProblem> check(String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "write the entry", "${moduleId}.body-required"));
        } else if (body.length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "at most " + MAX_BODY + " characters", "${moduleId}.body-too-long",
                    Map.of("max", MAX_BODY)));
        }
        return problems;
    }

    /** The body as stored: without the blank lines and spaces around it. */
    public static String normalised(String body) {
        return body.strip();
    }
}
