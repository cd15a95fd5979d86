package org.kintsugi.core.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.crypto.KeyGenerator;

import org.junit.jupiter.api.Test;

class FieldCipherTest {
    private static FieldCipher newCipher() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return new FieldCipher(generator.generateKey());
    }

    @Test
    void roundTripsAndNeverRepeatsCiphertext() throws Exception {
        FieldCipher cipher = newCipher();
        String a = cipher.encrypt("07700 900123, no voicemail", "r1", "harmedContact");
        String b = cipher.encrypt("07700 900123, no voicemail", "r1", "harmedContact");
        assertNotEquals(a, b);
        assertFalse(a.contains("07700"));
        assertEquals("07700 900123, no voicemail", cipher.decrypt(a, "r1", "harmedContact"));
        assertNull(cipher.encrypt(null, "r1", "x"));
    }

    @Test
    void aValueMovedToAnotherRecordOrFieldOrAlteredIsRefused() throws Exception {
        FieldCipher cipher = newCipher();
        String sealed = cipher.encrypt("Flat 1, Synthetic Street", "r1", "harmedContact");
        assertThrows(FieldCipher.TamperedFieldException.class, () -> cipher.decrypt(sealed, "r2", "harmedContact"));
        assertThrows(FieldCipher.TamperedFieldException.class, () -> cipher.decrypt(sealed, "r1", "responsibleContact"));
        String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(FieldCipher.TamperedFieldException.class, () -> cipher.decrypt(altered, "r1", "harmedContact"));
        assertThrows(FieldCipher.TamperedFieldException.class, () -> newCipher().decrypt(sealed, "r1", "harmedContact"));
    }
}
