package org.kintsugi.core.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything a bundle's server code can say has words in English and Welsh: the code of each
 * {@code new FieldProblem(...)} as {@code reason.<code>} and each problem type ({@code conflict("<type>", ...)},
 * {@code new ProblemException(409, "<type>", ...)}) as {@code problem.<type>}, in the shell's message files or,
 * for a module, in its own ({@code src/main/resources/ui/<id>/messages}); a module's own codes are
 * {@code <id>.<code>}, and its English and Welsh files name the same messages. Each build checks its own
 * sources with it: the core its, each module its.
 */
public final class ServerWords {
    /** The code is the literal before the constructor's optional params; other literals are skipped whole. */
    static final Pattern CODE = Pattern.compile(
            "new FieldProblem\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^;\"])*?"
            + "\"([a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)?)\"\\s*(?:,\\s*Map\\.of\\([^;]*?\\))?\\)",
            Pattern.DOTALL);
    static final Pattern TYPE = Pattern.compile(
            "(?:ProblemException\\.conflict\\(|new ProblemException\\(\\d{3},\\s*)\"([a-z]+(?:-[a-z]+)*)\"\\s*,");
    private static final Pattern KEY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:", Pattern.MULTILINE);
    private static final String[] LANGUAGES = {"en", "cy"};

    private final Path sources;
    private final String module;

    private ServerWords(Path sources, String module) {
        this.sources = sources.toAbsolutePath().normalize();
        this.module = module;
    }

    /** A module's build: its {@code src/main/java} under {@code root}, its id, its own message files. */
    public static ServerWords ofModule(Path root, String moduleId) {
        return new ServerWords(root, moduleId);
    }

    /** The core's build: every main source under {@code root}, the shell's words only. */
    public static ServerWords ofCore(Path root) {
        return new ServerWords(root, null);
    }

    /** Every word missing, as "reason.x in en" lines: empty when all is said in both languages. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            Set<String> shell = keys(shellMessages(language));
            Set<String> own = module == null ? Set.of() : keys(read(ownMessages().resolve(language + ".json")));
            for (String code : matches(CODE)) {
                boolean modules = code.contains(".");
                Set<String> where = modules ? own : shell;
                if (modules && (module == null || !code.startsWith(module + "."))) {
                    missing.add("reason." + code + " belongs to another module");
                } else if (!where.contains("reason." + code)) {
                    missing.add("reason." + code + " in " + language);
                }
            }
            for (String type : matches(TYPE)) {
                if (!shell.contains("problem." + type) && !own.contains("problem." + type)) {
                    missing.add("problem." + type + " in " + language);
                }
            }
        }
        if (module != null) {
            missing.addAll(unpaired(keys(read(ownMessages().resolve("en.json"))), keys(read(ownMessages().resolve("cy.json")))));
        }
        return missing;
    }

    /** How many codes and types the sources hold: a check that found none checked nothing. */
    public int found() {
        return matches(CODE).size() + matches(TYPE).size();
    }

    /** Keys in one language's file but not the other's. */
    public static List<String> unpaired(Set<String> english, Set<String> welsh) {
        List<String> unpaired = new ArrayList<>();
        english.stream().filter(k -> !welsh.contains(k)).forEach(k -> unpaired.add(k + " in English only"));
        welsh.stream().filter(k -> !english.contains(k)).forEach(k -> unpaired.add(k + " in Welsh only"));
        return unpaired;
    }

    public static Set<String> keys(String json) {
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(json);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private Path ownMessages() {
        return sources.resolve("src/main/resources/ui/" + module + "/messages");
    }

    /** The shell's message file, from the web shell's jar (or its own classes, in its own build). */
    private static String shellMessages(String language) {
        String resource = "shell/messages/" + language + ".json";
        try (InputStream in = ServerWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first group of every match in the main Java sources under the root. */
    private Set<String> matches(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
