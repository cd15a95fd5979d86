package org.kintsugi.conferencing.internal.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.testkit.ServerWords;

/** Every field-error code and problem type Conferencing can send has words, in English and Welsh. */
class WordsTest {
    @Test
    void everyCodeAndProblemHasEnglishAndWelshWords() {
        ServerWords words = ServerWords.ofModule(Path.of(""), "conferencing");
        assertTrue(words.found() >= 5, "the scan finds the module's codes and problem types: " + words.found());
        assertEquals(List.of(), words.missing());
    }
}
