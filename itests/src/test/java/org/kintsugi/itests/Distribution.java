package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.kintsugi.core.testkit.exam.Await;
import org.kintsugi.core.testkit.exam.FreePorts;

/**
 * The packed distribution as a newcomer gets it: unpacked into a folder of its own and run with its
 * real {@code bin/start} and {@code bin/stop}, on its embedded default (no database set), on free
 * loopback ports. Stops only the Karaf it started.
 */
final class Distribution implements AutoCloseable {
    private static final String OPERATOR = "it-operator";
    private static final String OPERATOR_PASSWORD = "it-operator-lantern-pebble-31";
    final Path home = unpack();
    final int port = FreePorts.take();
    /** The Karaf console's SSH port, for {@link #karaf}; loopback only (etc/org.apache.karaf.shell.cfg). */
    final int sshPort = FreePorts.take();
    /** Settings for the start, beside the ports: as an operator's KINTSUGI_* variables. */
    final Map<String, String> env = new java.util.HashMap<>();

    void start() throws IOException, InterruptedException {
        assertEquals(0, run("bin/start"), "bin/start failed; see " + home.resolve("script.out"));
    }

    /** What bin/start said when it refused to start: its exit code must not be 0. */
    String startRefused() throws IOException, InterruptedException {
        int code = run("bin/start");
        assertEquals(true, code != 0, "bin/start should have refused; see " + home.resolve("script.out"));
        return Files.readString(home.resolve("script.out"));
    }

    /** The API once health says UP, which it does only when every core endpoint answers. */
    Api awaitHealthy() {
        Api api = new Api(port);
        Await.until("the distribution to answer on port " + port, Duration.ofSeconds(120),
                () -> api.get("/api/health", null).status() == 200);
        assertEquals(401, api.get("/api/auth/me", null).status(), "health says UP only when every core endpoint answers");
        return api;
    }

    /**
     * Lets an operator of this test into the Karaf console (etc/users.properties, as an operator sets one up),
     * and resolves modules' features from this build's Maven repository only, never from the network.
     */
    void allowOperator() throws IOException {
        Files.writeString(home.resolve("etc/users.properties"), "\n" + OPERATOR + " = " + OPERATOR_PASSWORD
                + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n",
                StandardOpenOption.APPEND);
        Files.writeString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), "\norg.ops4j.pax.url.mvn.localRepository="
                + System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")
                + "\norg.ops4j.pax.url.mvn.repositories=\n", StandardOpenOption.APPEND);
    }

    /** Runs console commands as an operator does, with {@code bin/client} over SSH; returns what they printed. */
    String karaf(String... commands) throws IOException, InterruptedException {
        Path out = home.resolve("client.out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", String.valueOf(sshPort), "-u", OPERATOR, "-p", OPERATOR_PASSWORD, "-b")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("HOME", home.toString()); // the client's known_hosts, not the user's
        Process client = builder.start();
        try (var stdin = client.getOutputStream()) {
            stdin.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!client.waitFor(120, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError("bin/client did not finish: " + Files.readString(out));
        }
        String printed = Files.readString(out);
        assertEquals(0, client.exitValue(), "bin/client failed: " + printed);
        assertEquals(false, printed.contains("Error executing command"), "a command failed: " + printed);
        return printed;
    }

    String log() throws IOException {
        return Files.readString(home.resolve("data/log/karaf.log"));
    }

    void stop() throws IOException, InterruptedException {
        Path pidFile = home.resolve("karaf.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        run("bin/stop");
        ProcessHandle karaf = ProcessHandle.of(pid).orElse(null);
        if (karaf != null) {
            try {
                karaf.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                karaf.destroyForcibly(); // only the Karaf this test started
            }
        }
        Files.deleteIfExists(pidFile);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    private int run(String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve(script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("script.out").toFile());
        Map<String, String> env = builder.environment();
        List.of("KINTSUGI_DB_URL", "KINTSUGI_DB_USER", "KINTSUGI_DB_PASSWORD", "KINTSUGI_DB_DRIVER",
                "KINTSUGI_ADMIN_PASSWORD").forEach(env::remove);
        env.put("KINTSUGI_HTTP_PORT", String.valueOf(port));
        env.put("KINTSUGI_SSH_PORT", String.valueOf(sshPort));
        env.put("KINTSUGI_RMI_REGISTRY_PORT", String.valueOf(FreePorts.take()));
        env.put("KINTSUGI_RMI_SERVER_PORT", String.valueOf(FreePorts.take()));
        env.putAll(this.env);
        return builder.start().waitFor();
    }

    private static Path unpack() {
        try {
            Path target = Files.createTempDirectory(new File("target").toPath().toAbsolutePath(), "dist-it-");
            Process tar = new ProcessBuilder("tar", "xzf", System.getProperty("kintsugi.distribution"), "-C",
                    target.toString(), "--strip-components=1").inheritIO().start();
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("cannot unpack the distribution");
            }
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
