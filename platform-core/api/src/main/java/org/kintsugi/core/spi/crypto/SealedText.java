package org.kintsugi.core.spi.crypto;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts a module's sensitive free text (letters, notes, disclosures) with the platform's data key,
 * held outside the database (AES-256-GCM). Each bundle gets its own instance, and the bundle, record
 * and field are bound into every ciphertext: a value copied to another row, column or module does not
 * open, and a module cannot open the core's fields. Provided by the core.
 */
@ProviderType
public interface SealedText {
    /** Null stays null. */
    String seal(String plaintext, String recordId, String field);

    /**
     * Null stays null. Throws {@link IllegalStateException} when the value was altered, moved, or
     * sealed by another bundle or under another key.
     */
    String open(String sealed, String recordId, String field);
}
