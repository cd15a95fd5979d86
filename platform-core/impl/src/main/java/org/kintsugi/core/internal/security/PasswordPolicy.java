package org.kintsugi.core.internal.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * NIST SP 800-63B style: length matters, composition rules do not. A password is refused when it
 * is short, common (also once trailing digits and symbols are stripped, as in "password1234!"),
 * one repeated or sequential run of characters, or built on the user name or the product name.
 */
import org.kintsugi.core.api.problem.FieldProblem;

public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** Passwords are compared after Unicode NFKC normalisation, so look-alike forms match. */
    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /**
     * Empty when acceptable, otherwise the field error, phrased for the person choosing it, with a code per
     * reason so a screen can say it in Welsh too.
     */
    public Optional<FieldProblem> fieldProblem(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(FieldProblem.required(field));
        }
        String value = normalise(password);
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new FieldProblem(field, "must be at least " + MIN_LENGTH + " characters long",
                    "password-too-short", Map.of("min", MIN_LENGTH)));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new FieldProblem(field, "must be at most " + MAX_LENGTH + " characters long",
                    "password-too-long", Map.of("max", MAX_LENGTH)));
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (common.contains(lower) || (core.length() >= 4 && common.contains(core))) {
            return Optional.of(new FieldProblem(field, "is too common; choose a longer phrase that others would not guess",
                    "password-common"));
        }
        if (hasTooFewDistinctCharacters(lower) || isSequence(lower)) {
            return Optional.of(new FieldProblem(field, "is a repeated or sequential run of characters", "password-sequence"));
        }
        if ((username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT)))
                || lower.contains("kintsugi")) {
            return Optional.of(new FieldProblem(field, "must not contain the user name or the name of this service",
                    "password-names"));
        }
        return Optional.empty();
    }

    private static boolean hasTooFewDistinctCharacters(String value) {
        return value.chars().distinct().count() <= 2;
    }

    private static boolean isSequence(String value) {
        int ascending = 0;
        int descending = 0;
        for (int i = 1; i < value.length(); i++) {
            int step = value.charAt(i) - value.charAt(i - 1);
            ascending += step == 1 ? 1 : 0;
            descending += step == -1 ? 1 : 0;
        }
        return ascending >= value.length() - 2 || descending >= value.length() - 2;
    }
}
