package org.kintsugi.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every field-error code and problem type in the core's sources has words in the shell, in both languages. */
class CoreWordsTest {
    private static final Path CORE = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyCodeAndProblemOfTheCoreHasEnglishAndWelshWords() {
        ServerWords words = ServerWords.ofCore(CORE);
        assertTrue(words.found() > 40, "the scan finds the core's codes and problem types: " + words.found());
        assertEquals(List.of(), words.missing());
    }

    @Test
    void aCodeWithoutWordsIsFound() {
        assertTrue(ServerWords.CODE.matcher("new FieldProblem(\"x\", \"is odd\", \"no-such-code-anywhere\")").find());
        assertEquals(List.of("a in English only", "b in Welsh only"),
                ServerWords.unpaired(new java.util.TreeSet<>(List.of("a", "c")), new java.util.TreeSet<>(List.of("b", "c"))));
    }
}
