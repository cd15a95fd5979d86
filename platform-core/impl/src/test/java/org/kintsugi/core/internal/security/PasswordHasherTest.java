package org.kintsugi.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreSaltedPhcStringsThatVerify() {
        String first = hasher.hash("quiet-river-stones-4821");
        String second = hasher.hash("quiet-river-stones-4821");
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "salted");
        assertTrue(hasher.verify("quiet-river-stones-4821", first));
        assertFalse(hasher.verify("quiet-river-stones-4822", first));
    }

    @Test
    void parametersTravelWithTheHash() {
        String cheap = new PasswordHasher(1024, 1).hash("quiet-river-stones-4821");
        assertTrue(hasher.verify("quiet-river-stones-4821", cheap));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(hasher.verify("anything", null));
        assertFalse(hasher.verify("anything", "plain-text"));
        assertFalse(hasher.verify("anything", "$argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA"));
    }
}
