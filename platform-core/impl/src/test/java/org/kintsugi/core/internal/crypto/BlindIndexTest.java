package org.kintsugi.core.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BlindIndexTest {
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        OTHER_KEY[0] = 1;
    }

    @Test
    void comparesWordsAsPeopleTypeThemWithoutAccentsCaseOrApostrophes() {
        assertEquals(List.of("sian", "oneill", "smith", "jones"),
                List.copyOf(BlindIndex.words("  Siân  Ó'Néill\tSMITH-Jones ")));
        assertEquals(Set.of("dafydd", "ap", "gruffudd"), BlindIndex.words("Dafydd ap Gruffudd"));
        assertEquals(Set.of("obrien"), BlindIndex.words("O’Brien"));
        assertEquals(Set.of(), BlindIndex.words(" - ' "));
        assertEquals(Set.of(), BlindIndex.words(null));
    }

    @Test
    void theSameWordGivesTheSameHashAndAnotherKeyAnotherOne() {
        BlindIndex index = new BlindIndex(KEY);
        Set<String> stored = index.tokens("Synthetic Person J");
        assertEquals(3, stored.size());
        assertTrue(stored.containsAll(index.tokens("person j")), "typed differently, found the same");
        assertFalse(stored.contains(index.tokens("persons").iterator().next()), "whole words only");
        assertNotEquals(stored, new BlindIndex(OTHER_KEY).tokens("Synthetic Person J"), "the key matters");
        stored.forEach(token -> {
            assertEquals(32, token.length());
            assertFalse(token.contains("person"), "nothing of the word is readable");
        });
    }
}
