package org.kintsugi.core.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of the words of a name, so hub staff can find a case by a participant's name while the
 * database holds no name readable: the same word always gives the same hash under this installation's key,
 * and without the key file a hash says nothing. The key is derived from the data key, for this use only.
 * Words are compared as people type them: accents, case and apostrophes do not matter ("Ó'Néill" is "oneill").
 */
public final class BlindIndex {
    private static final String PURPOSE = "kintsugi:participant-name-index:v1";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Hex characters kept of each hash: 128 bits, ample to tell words apart. */
    private static final int KEPT = 32;

    private final SecretKeySpec key;

    BlindIndex(byte[] dataKey) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(dataKey, "HmacSHA256"), PURPOSE), "HmacSHA256");
    }

    /** The hashes of the distinct words of {@code text}, in the order they first appear; empty for blank text. */
    public Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words(text)) {
            tokens.add(toHex(hmac(key, word)).substring(0, KEPT));
        }
        return tokens;
    }

    /** The words as compared: decomposed, without accents, apostrophes or case; split at anything else. */
    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        Set<String> words = new LinkedHashSet<>(Arrays.asList(SEPARATORS.split(plain)));
        words.remove("");
        return words;
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }

    private static String toHex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
