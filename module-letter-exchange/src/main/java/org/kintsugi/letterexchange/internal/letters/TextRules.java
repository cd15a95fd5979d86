package org.kintsugi.letterexchange.internal.letters;

import java.util.Map;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.letterexchange.internal.rest.LetterRequests;

/** What a text must be before anything is stored: present, not blank, not over the limit. */
final class TextRules {
    private TextRules() {
    }

    static String text(String field, String value) {
        return bounded(field, value, LetterRequests.MAX_TEXT);
    }

    static String note(String field, String value) {
        return bounded(field, value, LetterRequests.MAX_NOTE);
    }

    static String optionalNote(String field, String value) {
        return value == null || value.isBlank() ? null : note(field, value);
    }

    private static String bounded(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(new FieldProblem(field, "must not be empty", "required"));
        }
        if (value.length() > max) {
            throw ProblemException.invalid(new FieldProblem(field, "must be at most " + max + " characters (it has "
                    + value.length() + ")", "max-length", Map.of("max", max)));
        }
        return value;
    }
}
