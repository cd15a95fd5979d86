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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Everything the server says has words in English and Welsh. Every kind of case timeline entry has
 * {@code timeline.<KIND>}. Every problem the server can send has words too. Each problem type written in the
 * sources ({@code conflict("rule", ...)}, {@code new ProblemException(409, "rule", ...)}) has
 * {@code problem.<type>} in the shell's message files or its module's. And the code of each
 * {@code new FieldProblem(...)} in the repository's main sources is looked up as {@code reason.<code>}
 * in the shell's message files, or, for a module's own codes ({@code <module>.<code>}), in that
 * module's. Reads the sources from the checkout, so a new code without its words fails the build.
 */
class ServerWordsTest {
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SHELL_MESSAGES = Path.of("src/main/resources/shell/messages");
    /** The code is the literal before the constructor's optional params; other literals are skipped whole. */
    private static final Pattern CODE = Pattern.compile(
            "new FieldProblem\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^;\"])*?"
            + "\"([a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)?)\"\\s*(?:,\\s*Map\\.of\\([^;]*?\\))?\\)",
            Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile(
            "(?:ProblemException\\.conflict\\(|new ProblemException\\(\\d{3},\\s*)\"([a-z]+(?:-[a-z]+)*)\"\\s*,");
    private static final Pattern KEY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:", Pattern.MULTILINE);

    @Test
    void everyFieldErrorCodeHasEnglishAndWelshWords() {
        Set<String> codes = codesInSources();
        assertTrue(codes.contains("required") && codes.contains("letter-exchange.reply-writer"), codes.toString());
        for (String code : codes) {
            Path messages = code.contains(".") ? moduleMessages(code.substring(0, code.indexOf('.'))) : SHELL_MESSAGES;
            for (String language : new String[] {"en", "cy"}) {
                assertTrue(keys(messages.resolve(language + ".json")).contains("reason." + code),
                        "reason." + code + " is missing from " + messages.resolve(language + ".json"));
            }
        }
    }

    @Test
    void everyProblemTypeHasEnglishAndWelshWords() {
        Set<Path> roots = new TreeSet<>(modules());
        roots.add(REPOSITORY.resolve("platform-core"));
        int found = 0;
        for (Path root : roots) {
            String module = root.getFileName().toString().replaceFirst("^module-", "");
            for (String type : matches(root, TYPE)) {
                found++;
                for (String language : new String[] {"en", "cy"}) {
                    Set<String> keys = keys(SHELL_MESSAGES.resolve(language + ".json"));
                    Path own = moduleMessages(module).resolve(language + ".json");
                    if (Files.exists(own)) {
                        keys.addAll(keys(own));
                    }
                    assertTrue(keys.contains("problem." + type), "problem." + type + " (" + root.getFileName()
                            + ") has no words in " + language);
                }
            }
        }
        assertTrue(found > 20, "the scan finds the problem types");
    }

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
        sameKeys(SHELL_MESSAGES);
        for (Path module : modules()) {
            Path messages = moduleMessages(module.getFileName().toString().substring("module-".length()));
            if (Files.exists(messages)) {
                sameKeys(messages);
            }
        }
    }

    private static void sameKeys(Path messages) {
        Set<String> english = keys(messages.resolve("en.json"));
        Set<String> welsh = keys(messages.resolve("cy.json"));
        assertEquals(Set.of(), english.stream().filter(k -> !welsh.contains(k)).collect(Collectors.toSet()),
                "in English only, in " + messages);
        assertEquals(Set.of(), welsh.stream().filter(k -> !english.contains(k)).collect(Collectors.toSet()),
                "in Welsh only, in " + messages);
    }

    private static Set<String> codesInSources() {
        Set<String> codes = new TreeSet<>();
        Set<Path> roots = new TreeSet<>(modules());
        roots.add(REPOSITORY.resolve("platform-core"));
        for (Path root : roots) {
            codes.addAll(matches(root, CODE));
        }
        return codes;
    }

    /** The first group of every match in the main Java sources under root. */
    private static Set<String> matches(Path root, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .forEach(f -> {
                        Matcher m = pattern.matcher(read(f));
                        while (m.find()) {
                            found.add(m.group(1));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Set<Path> modules() {
        try (Stream<Path> children = Files.list(REPOSITORY)) {
            return children.filter(p -> p.getFileName().toString().startsWith("module-")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path moduleMessages(String module) {
        return REPOSITORY.resolve("module-" + module + "/src/main/resources/ui/" + module + "/messages");
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
