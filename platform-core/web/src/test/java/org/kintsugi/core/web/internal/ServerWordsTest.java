package org.kintsugi.core.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The shell's own words: every kind of case timeline entry has {@code timeline.<KIND>}, and the English and
 * Welsh files name the same messages. The field-error codes and problem types of the core's sources are
 * checked by {@code CoreWordsTest} in the module test kit, and each module's by the module's own build.
 */
class ServerWordsTest {
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SHELL_MESSAGES = Path.of("src/main/resources/shell/messages");
    private static final Pattern KEY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:", Pattern.MULTILINE);

    @Test
    void everyKindOfTimelineEntryHasWords() {
        Path terms = REPOSITORY.resolve("platform-core/impl/src/main/java/org/kintsugi/core/internal/cases/CaseTerms.java");
        Matcher kinds = Pattern.compile("enum EventKind \\{([^}]*)\\}").matcher(read(terms));
        assertTrue(kinds.find(), "CaseTerms declares EventKind");
        Set<String> english = keys(SHELL_MESSAGES.resolve("en.json"));
        for (String kind : kinds.group(1).split(",")) {
            assertTrue(english.contains("timeline." + kind.trim()), "timeline." + kind.trim() + " has no words");
        }
    }

    @Test
    void englishAndWelshNameTheSameMessages() {
        Set<String> english = keys(SHELL_MESSAGES.resolve("en.json"));
        Set<String> welsh = keys(SHELL_MESSAGES.resolve("cy.json"));
        assertEquals(Set.of(), english.stream().filter(k -> !welsh.contains(k)).collect(Collectors.toSet()),
                "in English only");
        assertEquals(Set.of(), welsh.stream().filter(k -> !english.contains(k)).collect(Collectors.toSet()),
                "in Welsh only");
    }

    private static Set<String> keys(Path file) {
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(read(file));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
