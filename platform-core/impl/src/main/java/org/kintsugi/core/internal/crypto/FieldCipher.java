package org.kintsugi.core.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single fields. The record id and field name are bound in as associated data,
 * so a ciphertext copied into another record or column fails to decrypt. Format:
 * {@code v1:} + base64(12-byte nonce + ciphertext + tag); the prefix leaves room for key rotation.
 */
public final class FieldCipher {
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    /**
     * A Cipher is not thread-safe, and looking one up costs more than sealing a field: each thread keeps
     * its own and re-initialises it, with a fresh nonce, for every value.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldCipher::newCipher);

    public FieldCipher(SecretKey key) {
        this.key = key;
    }

    public String encrypt(String plaintext, String recordId, String field) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context(recordId, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java runtime", e);
        }
    }

    /** Throws {@link TamperedFieldException} when the value was altered or belongs elsewhere. */
    public String decrypt(String stored, String recordId, String field) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(VERSION)) {
            throw new TamperedFieldException(field);
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context(recordId, field));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TamperedFieldException(field);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java runtime", e);
        }
    }

    private static byte[] context(String recordId, String field) {
        return (recordId + "\u0000" + field).getBytes(StandardCharsets.UTF_8);
    }

    /** A stored value that does not decrypt under this record and field. */
    public static final class TamperedFieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TamperedFieldException(String field) {
            super("Encrypted field '" + field + "' does not decrypt: altered, moved, or under another key");
        }
    }
}
