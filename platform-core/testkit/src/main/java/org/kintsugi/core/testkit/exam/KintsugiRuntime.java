package org.kintsugi.core.testkit.exam;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * A module's Pax Exam container: the Kintsugi runtime (the core, no module), on a PostgreSQL database of
 * the module's own, on free loopback ports, with the module's bundle and this kit installed. The module
 * kit of the root pom passes the paths ({@code kintsugi.runtime}, {@code kintsugi.module.bundle},
 * {@code kintsugi.testkit}) and the database ({@code kintsugi.it.db.*}, as {@code .ci/postgres.sh} exports).
 */
public final class KintsugiRuntime {
    /** The administrator's password in the container; for tests only. */
    public static final String ADMIN_PASSWORD = "it-correct-horse-battery-staple-9";
    /** The system property, inside the container, that holds the web server's port. */
    public static final String HTTP_PORT = "kintsugi.it.http.port";

    private KintsugiRuntime() {
    }

    /** The options for {@code @Configuration}; {@code database} names the module's own scratch database. */
    public static Option[] withModule(String database) {
        LoopbackRmi.install();
        ScratchDatabase db = ScratchDatabase.fresh(database);
        String datasource = "etc/org.ops4j.datasource-kintsugi.cfg";
        int http = FreePorts.take();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(fileUrl("kintsugi.runtime")).name("Kintsugi runtime")
                .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut(datasource, "osgi.jdbc.driver.class", "org.postgresql.Driver"),
            editConfigurationFilePut(datasource, "url", db.url()),
            editConfigurationFilePut(datasource, "user", db.user()),
            editConfigurationFilePut(datasource, "password", db.password()),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(FreePorts.take())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(FreePorts.take())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(FreePorts.take())),
            editConfigurationFilePut("etc/org.kintsugi.security.cfg", "initial.admin.password", ADMIN_PASSWORD),
            editConfigurationFilePut("etc/org.kintsugi.web.cfg", "quickExitUrl", "http://127.0.0.1:" + http + "/api/health"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            systemProperty(HTTP_PORT).value(String.valueOf(http)),
            bundle(fileUrl("kintsugi.testkit")),
            bundle(fileUrl("kintsugi.module.bundle")),
        };
    }

    private static String fileUrl(String property) {
        String path = System.getProperty(property);
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property " + property + " names no file (" + path
                    + "): run the tests through Maven, where the root pom's module kit sets it");
        }
        return new File(path).toURI().toString();
    }
}
