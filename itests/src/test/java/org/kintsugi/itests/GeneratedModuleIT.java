package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.testkit.exam.Await;

/**
 * The module kit end to end, as a developer and then an operator use it: {@code mvn archetype:generate} makes
 * a module, its own build (unit and Pax Exam tests) passes, and its feature is installed into a running
 * Kintsugi with the console's commands, with and without {@code -r}, while core requests go on: none fails.
 */
class GeneratedModuleIT {
    private static final String ID = "it-story";
    private static final String FEATURE = "kintsugi-" + ID;
    private static final String BASE = "/api/modules/" + ID;

    @Test
    void aGeneratedModuleBuildsAndComesAndGoesInARunningKintsugiWithAndWithoutRefreshUnderLoad() throws Exception {
        long started = System.nanoTime();
        Path workspace = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "generated-module-");
        generate(workspace, ID, "org.kintsugi.itstory");
        Path module = workspace.resolve("module-" + ID);
        Maven.run(module, "install"); // its unit tests and its Pax Exam test, on PostgreSQL
        long built = System.nanoTime();

        try (ScratchDatabase database = new ScratchDatabase("kintsugi_generated_it").create(TestDatabase.user());
                Distribution node = new Distribution()) {
            node.env.put("KINTSUGI_DB_URL", database.url());
            node.env.put("KINTSUGI_DB_USER", TestDatabase.user());
            node.env.put("KINTSUGI_DB_PASSWORD", TestDatabase.password());
            node.allowOperator();
            node.start();
            Api api = node.awaitHealthy();
            String admin = api.login("admin", Files.readString(node.home.resolve("data/initial-admin-password")).trim());
            CaseWalk walk = new CaseWalk(api, admin);
            walk.allocate(walk.practitioner);
            String entries = BASE + "/cases/" + walk.caseId + "/entries";

            try (BackgroundLoad load = new BackgroundLoad(api, walk.coordinator, "/api/health", "/api/auth/me",
                    "/api/cases", "/api/regions", "/api/modules")) {
                node.karaf("feature:repo-add mvn:org.kintsugi/module-" + ID + "/" + System.getProperty("kintsugi.version")
                        + "/xml/features", "feature:install -r " + FEATURE);
                Await.until("the module to be listed", Duration.ofSeconds(60),
                        () -> api.get("/api/modules", admin).body().contains("\"id\":\"" + ID + "\""));
                assertEquals(204, api.send("PUT", "/api/regions/" + walk.region + "/modules/" + ID, admin,
                        "{\"enabled\":true}").status());
                Await.until("its endpoint to answer", Duration.ofSeconds(60),
                        () -> api.get(entries, walk.practitioner.token).status() == 200);
                long answering = System.nanoTime();
                Api.Reply written = api.post(entries, walk.practitioner.token, "{\"body\":\"Synthetic entry, kept.\"}");
                assertEquals(201, written.status(), written.toString());
                assertScreenServed(api, walk.coordinator);
                BrowserScript.passes("generated-module.test.mjs", Map.of("KINTSUGI_URL", "http://127.0.0.1:" + node.port,
                        "KINTSUGI_USER", walk.practitioner.username, "KINTSUGI_PASSWORD", Fixtures.PASSWORD,
                        "KINTSUGI_TAB", "It story"));

                node.karaf("feature:uninstall -r " + FEATURE);
                Await.until("the module to be gone", Duration.ofSeconds(60),
                        () -> api.get(entries, walk.practitioner.token).status() == 404);
                node.karaf("feature:install " + FEATURE);
                Await.until("the module to be back", Duration.ofSeconds(60),
                        () -> api.get(entries, walk.practitioner.token).status() == 200);
                assertTrue(api.get(entries, walk.practitioner.token).body().contains("Synthetic entry, kept."),
                        "its rows outlive its bundle");
                node.karaf("feature:uninstall " + FEATURE);
                Await.until("the module to be gone again", Duration.ofSeconds(60),
                        () -> api.get(entries, walk.practitioner.token).status() == 404);

                load.close();
                assertTrue(load.requests() > 100, "the load ran: " + load.requests());
                assertEquals(List.of(), load.failures(), "core requests that failed while the module came and went");
                report(workspace, started, built, answering);
            }
        }
    }

    /**
     * Generating a module in a copy of this repository changes one line outside the module's folder: its entry
     * in the root pom's module list, which the reactor builds before the distribution that installs it.
     */
    @Test
    void aNewModuleChangesOneLineOutsideItsFolderAndIsBuiltBeforeTheDistribution() throws Exception {
        Path copy = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "repository-copy-").resolve("kintsugi");
        assertEquals("", run(Path.of("target").toAbsolutePath(), "git", "clone", "--quiet",
                System.getProperty("kintsugi.it.repository"), copy.toString()));
        generate(copy, "it-count", "org.kintsugi.itcount");

        List<String> outside = new ArrayList<>();
        for (String line : run(copy, "git", "status", "--porcelain", "--untracked-files=all").split("\n")) {
            String path = line.substring(3);
            if (!path.startsWith("module-it-count/")) {
                outside.add(path);
            }
        }
        assertEquals(List.of("pom.xml"), outside, "files changed outside the new module's folder");
        assertEquals("1\t0\tpom.xml", run(copy, "git", "diff", "--numstat").strip(), "lines added and removed");
        assertTrue(run(copy, "git", "diff", "-U0").contains("+    <module>module-it-count</module>"));

        Maven.run(copy, "validate");
        String log = Files.readString(Maven.log(copy));
        String order = log.substring(log.lastIndexOf("Reactor Build Order")); // validate's, not generate's
        int moduleAt = order.indexOf("Kintsugi :: Module :: It count");
        int distributionAt = order.indexOf("Kintsugi :: Distribution");
        assertTrue(moduleAt > 0 && moduleAt < distributionAt, "the reactor builds the module before the distribution:\n" + order);
    }

    private static void generate(Path folder, String moduleId, String pkg) throws IOException, InterruptedException {
        Maven.run(folder, "org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("kintsugi.it.archetype.plugin")
                + ":generate", "-DarchetypeGroupId=org.kintsugi", "-DarchetypeArtifactId=kintsugi-module-archetype",
                "-DarchetypeVersion=" + System.getProperty("kintsugi.version"), "-DmoduleId=" + moduleId,
                "-Dpackage=" + pkg, "-DinteractiveMode=false");
    }

    private static void assertScreenServed(Api api, String token) {
        Api.Reply screens = api.get("/api/screens", token);
        assertTrue(screens.body().contains("\"entryPoint\":\"/ui/" + ID + "/entries.js\""), screens.toString());
        assertEquals(200, api.get("/ui/" + ID + "/entries.js", null).status());
        assertTrue(api.get("/ui/" + ID + "/messages/cy.json", null).body().contains("\"itStory.caseTab\""));
    }

    /** What the minutes went on, from archetype:generate to the module answering; kept in target/ and printed. */
    private static void report(Path workspace, long started, long built, long answering) throws IOException {
        String report = String.format("archetype:generate to built (its unit and Pax Exam tests included): %.1f min%n"
                + "built to answering in a running Kintsugi (started for the test, feature installed): %.1f min%n"
                + "archetype:generate to answering: %.1f min%n",
                (built - started) / 6e10, (answering - built) / 6e10, (answering - started) / 6e10);
        Files.writeString(Path.of("target/generated-module-minutes.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report + "(" + workspace + ")\n");
    }

    private static String run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }
}
