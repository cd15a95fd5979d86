package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of {@code itests/browser/*.test.mjs} with node against this container (loopback only) and
 * fails with its output unless every check in it passed. Screenshots land in {@code itests/target/screens}.
 */
final class BrowserScript {
    private BrowserScript() {
    }

    static void passes(String script, Map<String, String> settings) throws Exception {
        File browser = new File(System.getProperty("kintsugi.it.browser"));
        File output = new File(browser, "../target/browser-" + script.replace(".test.mjs", "") + ".log");
        ProcessBuilder run = new ProcessBuilder("node", script).directory(browser).redirectErrorStream(true)
                .redirectOutput(output);
        Map<String, String> env = run.environment();
        String base = "http://127.0.0.1:" + Integer.getInteger("kintsugi.it.http.port");
        env.put("KINTSUGI_URL", base);
        env.put("KINTSUGI_EXIT_URL", base + KintsugiTestSupport.QUICK_EXIT_PATH);
        env.put("KINTSUGI_SHOTS", new File(browser, "../target/screens").getPath());
        // For psql, when a script must make time pass (an idle session ending) as the server would see it.
        env.put("KINTSUGI_DB", "postgresql://" + System.getProperty("kintsugi.it.db.user") + ":"
                + System.getProperty("kintsugi.it.db.password") + "@"
                + System.getProperty("kintsugi.it.db.url").substring("jdbc:postgresql://".length()));
        env.putAll(settings);
        Process process = run.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(output.toPath(), StandardCharsets.UTF_8);
        assertEquals(log, 0, finished ? process.exitValue() : -1);
    }
}
