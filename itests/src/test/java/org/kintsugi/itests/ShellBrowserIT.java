package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The web shell in a real browser: {@code itests/browser/shell.test.mjs} drives Debian's chromium with
 * playwright-core against this container (loopback only), as a coordinator of a fresh region.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ShellBrowserIT extends KintsugiTestSupport {
    @Test
    public void theShellSignsInSwitchesLanguageAndLeavesQuickly() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String username = "it-shell-" + System.nanoTime() % 1000000;
        ObjectNode user = Fixtures.JSON.createObjectNode().put("username", username)
                .put("displayName", "Synthetic Coordinator").put("password", Fixtures.PASSWORD);
        user.putArray("roles").add("COORDINATOR");
        user.putArray("regions").add(region);
        assertEquals(201, api.post("/api/users", admin, user.toString()).status());
        Fixtures.openCase(api, api.login(username, Fixtures.PASSWORD), region);

        File browser = new File(System.getProperty("kintsugi.it.browser"));
        File output = new File(browser, "../target/browser-shell.log");
        ProcessBuilder run = new ProcessBuilder("node", "shell.test.mjs").directory(browser)
                .redirectErrorStream(true).redirectOutput(output);
        Map<String, String> env = run.environment();
        String base = "http://127.0.0.1:" + Integer.getInteger("kintsugi.it.http.port");
        env.put("KINTSUGI_URL", base);
        env.put("KINTSUGI_EXIT_URL", base + QUICK_EXIT_PATH);
        env.put("KINTSUGI_USER", username);
        env.put("KINTSUGI_PASSWORD", Fixtures.PASSWORD);
        env.put("KINTSUGI_SHOTS", new File(browser, "../target/screens").getPath());
        Process process = run.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(output.toPath(), StandardCharsets.UTF_8);
        assertEquals(log, 0, finished ? process.exitValue() : -1);
    }
}
