package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Maven that runs this build, run again in another folder, as a developer would type it: same local
 * repository, offline when this build is. Its output goes beside that folder ({@code <folder>-maven.log}), so
 * the folder holds only what Maven made.
 */
final class Maven {
    private Maven() {
    }

    static void run(Path folder, String... goalsAndProperties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("kintsugi.it.maven.home") + "/bin/mvn",
                "-B", "-ntp", "-Dmaven.repo.local=" + System.getProperty("maven.repo.local")));
        if ("offline=true".equals(System.getProperty("kintsugi.it.maven.mode"))) {
            command.add("-o");
        }
        command.addAll(List.of(goalsAndProperties));
        Path log = log(folder);
        Process maven = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!maven.waitFor(15, TimeUnit.MINUTES)) {
            maven.destroyForcibly(); // only the Maven this test started
            throw new AssertionError("mvn " + String.join(" ", goalsAndProperties) + " did not finish; see " + log);
        }
        assertEquals(0, maven.exitValue(), () -> "mvn " + String.join(" ", goalsAndProperties) + " failed in " + folder
                + ":\n" + tail(log));
    }

    static Path log(Path folder) {
        return folder.resolveSibling(folder.getFileName() + "-maven.log");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
