package org.kintsugi.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 over a row's fields and the previous row's hash. Fields are length-prefixed, so no value
 * can imitate a field boundary; a changed, removed or inserted row breaks every later link.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The database keeps microseconds; hashing finer time would not survive the round trip. */
    public static Instant stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(AuditEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(event.hashedFields()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Each field as its length, a colon and its text; a null as {@code -1:}. What the hash is taken over. */
    static String canonical(Object... fields) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : fields) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                String text = field instanceof Instant ? stamp((Instant) field).toString() : field.toString();
                canonical.append(text.length()).append(':').append(text);
            }
        }
        return canonical.toString();
    }
}
