package org.kintsugi.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.time.Duration;

import javax.inject.Inject;

import org.kintsugi.core.testkit.exam.Await;
import org.kintsugi.core.testkit.exam.FreePorts;
import org.kintsugi.core.testkit.exam.LoopbackRmi;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * One Karaf per suite: the real distribution, configured for the test PostgreSQL and for free
 * loopback ports, with an empty schema, so every test sees what a fresh installation does.
 */
public abstract class KintsugiTestSupport {
    /** Satisfies the password policy; used only by these tests. */
    protected static final String ADMIN_PASSWORD = "it-correct-horse-battery-staple-9";
    /** Where the shell's quick exit goes in tests: a page of this container, never another address. */
    static final String QUICK_EXIT_PATH = "/api/health";

    @Inject
    protected BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        LoopbackRmi.install();
        TestDatabase.resetOnce();
        String db = "etc/org.ops4j.datasource-kintsugi.cfg";
        int http = FreePorts.take();
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(new File(System.getProperty("kintsugi.distribution")).toURI().toString())
                .name("Kintsugi").unpackDirectory(new File("target/exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut(db, "osgi.jdbc.driver.class", "org.postgresql.Driver"),
            editConfigurationFilePut(db, "url", TestDatabase.url()),
            editConfigurationFilePut(db, "user", TestDatabase.user()),
            editConfigurationFilePut(db, "password", TestDatabase.password()),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(FreePorts.take())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(FreePorts.take())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(FreePorts.take())),
            editConfigurationFilePut("etc/org.kintsugi.security.cfg", "initial.admin.password", ADMIN_PASSWORD),
            editConfigurationFilePut("etc/org.kintsugi.web.cfg", "quickExitUrl", "http://127.0.0.1:" + http + QUICK_EXIT_PATH),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            bundle(new File(System.getProperty("kintsugi.testkit")).toURI().toString()),
            systemProperty("kintsugi.it.http.port").value(String.valueOf(http)),
            systemProperty("kintsugi.it.module").value(System.getProperty("kintsugi.it.module")),
            systemProperty("kintsugi.it.browser").value(System.getProperty("kintsugi.it.browser")),
            systemProperty("kintsugi.it.db.url").value(TestDatabase.url()),
            systemProperty("kintsugi.it.db.user").value(TestDatabase.user()),
            systemProperty("kintsugi.it.db.password").value(TestDatabase.password()),
        };
    }

    /** Set once the API failed to come up: the remaining tests fail at once instead of waiting again. */
    private static volatile String bootFailure;

    /** The API of the container under test, once it answers. */
    protected Api api() {
        if (bootFailure != null) {
            throw new AssertionError(bootFailure);
        }
        Api api = new Api(Integer.getInteger("kintsugi.it.http.port"));
        try {
            Await.until("the API to be up", Duration.ofSeconds(90), () -> api.get("/api/health", null).status() == 200);
            // Health says UP once every core endpoint is published, and a protected one then answers 401, not 404.
            // While modules start, each new resource republishes the API: for that moment a request can find no
            // service (seen once in a run: "No service was found" 260 ms after health's first 200), so wait for it.
            Api.Reply[] me = new Api.Reply[1];
            try {
                Await.until("a protected endpoint to answer 401", Duration.ofSeconds(10),
                        () -> (me[0] = api.get("/api/auth/me", null)).status() == 401);
            } catch (AssertionError e) {
                throw new AssertionError("health said UP but " + me[0], e);
            }
        } catch (AssertionError e) {
            bootFailure = "The API never came up in this container (see target/exam/*/data/log/karaf.log): " + e.getMessage();
            throw e;
        }
        return api;
    }

    /** Installs and starts the test module bundle, and waits until its endpoints answer. Uninstall it after. */
    protected Bundle installTestModule(Api api, String admin) throws BundleException {
        Bundle module = bundleContext.installBundle(new File(System.getProperty("kintsugi.it.module")).toURI().toString());
        module.start();
        Await.until("the test module", Duration.ofSeconds(30),
                () -> api.get("/api/modules/it-echo/holds", admin).status() == 200);
        return module;
    }

    protected String adminToken(Api api) {
        return api.login("admin", ADMIN_PASSWORD);
    }
}
