package org.kintsugi.core.internal.rest.input;

/** Free text as stored: trimmed, and an empty answer stored as none. */
public final class Text {
    private Text() {
    }

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
