package org.kintsugi.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.load());

    @Test
    void theShippedListIsLoaded() {
        assertEquals(30_000, CommonPasswords.load().size(), 1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "quiet-river-stones-4821", "Llanfair pwll gwyn 2026",
        "üñíçødé pässphrâse"})
    void longUncommonPasswordsAreAccepted(String password) {
        assertEquals(Optional.empty(), POLICY.fieldProblem("password", password, "jo.bloggs"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars"})
    void shortOnesAreRefused(String password) {
        assertTrue(POLICY.fieldProblem("password", password, "someone").get().getReason().contains("at least 12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "PASSWORD1234!", "password1234567", "iloveyou2026!!"})
    void commonOnesAreRefusedEvenWithDigitsAdded(String password) {
        assertTrue(POLICY.fieldProblem("password", password, "someone").get().getReason().contains("too common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaa", "abababababababab", "123456789012", "zyxwvutsrqpon"})
    void runsAndSequencesAreRefused(String password) {
        assertTrue(POLICY.fieldProblem("password", password, "someone").get().getReason().contains("repeated or sequential"));
    }

    @Test
    void theUserNameAndServiceNameAreRefused() {
        assertTrue(POLICY.fieldProblem("password", "jo.bloggs-is-my-name", "jo.bloggs").isPresent());
        assertTrue(POLICY.fieldProblem("password", "my kintsugi password", "someone").isPresent());
    }

    @Test
    void noCompositionRulesAndAGenerousMaximum() {
        assertEquals(Optional.empty(), POLICY.fieldProblem("password", "all lower case words here", "someone"));
        assertTrue(POLICY.fieldProblem("password", "x".repeat(PasswordPolicy.MAX_LENGTH) + "yz", "someone").get().getReason().contains("at most"));
    }
}
