package org.kintsugi.core.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** Each thread reuses its own Cipher: a refused value must not spoil the next, nor threads each other. */
    @Test
    void sealsAndOpensFromManyThreadsAfterRefusals() throws Exception {
        FieldCipher cipher = newCipher();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String record = "r" + t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String value = "Synthetic contact " + record + "-" + i;
                        String sealed = cipher.encrypt(value, record, "harmedContact");
                        assertThrows(FieldCipher.TamperedFieldException.class,
                                () -> cipher.decrypt(sealed, record, "otherField"));
                        assertEquals(value, cipher.decrypt(sealed, record, "harmedContact"));
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
