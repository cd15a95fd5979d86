package org.kintsugi.core.internal.crypto;

import org.kintsugi.core.spi.crypto.SealedText;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * One instance per using bundle: its symbolic name is bound into every ciphertext it seals, so what one
 * module sealed opens only for that module, and never as a core field.
 */
@Component(service = SealedText.class, scope = ServiceScope.BUNDLE)
public class BundleSealedText implements SealedText {
    private final FieldCipher cipher;
    private final String owner;

    @Activate
    public BundleSealedText(@Reference DataKeyring keyring, ComponentContext context) {
        this.cipher = keyring.cipher();
        this.owner = "bundle:" + context.getUsingBundle().getSymbolicName() + ":";
    }

    @Override
    public String seal(String plaintext, String recordId, String field) {
        return cipher.encrypt(plaintext, recordId, owner + field);
    }

    @Override
    public String open(String sealed, String recordId, String field) {
        try {
            return cipher.decrypt(sealed, recordId, owner + field);
        } catch (FieldCipher.TamperedFieldException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
