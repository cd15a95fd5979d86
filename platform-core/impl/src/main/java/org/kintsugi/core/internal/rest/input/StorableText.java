package org.kintsugi.core.internal.rest.input;

/**
 * Text the databases can store. PostgreSQL refuses a NUL character in any text value (and a lone UTF-16
 * surrogate cannot be encoded as UTF-8 at all), so such input is refused at the door, naming its field,
 * rather than failing deep inside a transaction with a 500.
 */
public final class StorableText {
    /** The words a caller reads, in English; the code is the stable part a client translates. */
    public static final String REASON = "contains a character that cannot be stored (such as NUL)";
    public static final String CODE = "unstorable-character";

    private StorableText() {
    }

    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
