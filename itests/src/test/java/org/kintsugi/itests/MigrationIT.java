package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.spi.schema.SchemaMigrationException;
import org.kintsugi.core.spi.schema.SchemaMigrations;
import org.kintsugi.core.spi.schema.SchemaReady;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/** Each bundle's changesets run once; a failing one is rolled back and stops its bundle. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MigrationIT extends KintsugiTestSupport {
    private static final String CORE_CHANGELOG = "db/kintsugi-core/changelog.xml";

    @Inject
    private SchemaMigrations migrations;

    @Test
    public void coreChangesetsAreAppliedOnceAndASecondRunAppliesNothing() throws Exception {
        api();
        Bundle core = bundle("org.kintsugi.core.impl");
        int declared = declaredChangesets(core);
        assertTrue(declared >= 5);
        assertEquals("every changeset applied once", declared, changesetsOf(CORE_CHANGELOG));
        migrations.migrate(core, CORE_CHANGELOG);
        assertEquals("a second run applies nothing", declared, changesetsOf(CORE_CHANGELOG));
        assertEquals(Bundle.ACTIVE, core.getState());
    }

    @Test
    public void aFailingChangesetLeavesNoHalfSchemaAndStopsItsBundle() throws Exception {
        api();
        String suffix = UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        String changelog = "db/it-broken/changelog.xml";
        Bundle broken = bundleContext.installBundle("it-broken-" + suffix,
                new ByteArrayInputStream(jarWith(changelog, brokenChangelog(suffix))));
        broken.start();
        try {
            migrations.migrate(broken, changelog);
            fail("the broken changelog was applied");
        } catch (SchemaMigrationException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("it-broken"));
        }
        assertTrue("the good changeset before it stays applied", tableExists("it_ok_" + suffix));
        assertFalse("the failed changeset is rolled back entirely", tableExists("it_half_" + suffix));
        assertEquals(1, changesetsOf(changelog));
        Await.until("the broken bundle to stop", Duration.ofSeconds(10), () -> broken.getState() == Bundle.RESOLVED);
        broken.uninstall();
    }

    @Test
    public void aBundleThatNamesItsSchemaHasItAppliedOnceTheDatabaseIsThereAndIsToldItIsReady() throws Exception {
        api();
        String suffix = UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        String changelog = "db/it-module/changelog.xml";
        String unit = "it-unit-" + suffix;
        Bundle module;
        try {
            TestDatabase.closeToConnections(bundleContext, true);
            module = bundleContext.installBundle("it-module-" + suffix, new ByteArrayInputStream(jarWith(changelog,
                    moduleChangelog(suffix), "it-module-" + suffix, changelog + ";unit=" + unit)));
            module.start();
            Await.until("the module to wait for the database", Duration.ofSeconds(60),
                    () -> karafLog().contains("it-module-" + suffix + " waits for the database"));
            assertTrue("nothing is ready while the database is away", ready(unit).isEmpty());
        } finally {
            TestDatabase.closeToConnections(bundleContext, false);
        }
        Await.until("the module's schema to be applied and said ready", Duration.ofSeconds(90),
                () -> !ready(unit).isEmpty());
        assertTrue(tableExists("it_module_" + suffix));
        assertEquals(Bundle.ACTIVE, module.getState());
        module.uninstall();
        Await.until("its readiness to go with it", Duration.ofSeconds(10), () -> ready(unit).isEmpty());
    }

    private java.util.Collection<org.osgi.framework.ServiceReference<SchemaReady>> ready(String unit) {
        try {
            return bundleContext.getServiceReferences(SchemaReady.class, "(osgi.unit.name=" + unit + ")");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String karafLog() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private static String moduleChangelog(String suffix) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n"
            + " <changeSet id=\"module-" + suffix + "\" author=\"it\"><createTable tableName=\"it_module_" + suffix + "\">"
            + "<column name=\"id\" type=\"int\"/></createTable></changeSet>\n"
            + "</databaseChangeLog>\n";
    }

    private static String brokenChangelog(String suffix) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n"
            + " <changeSet id=\"ok-" + suffix + "\" author=\"it\"><createTable tableName=\"it_ok_" + suffix + "\">"
            + "<column name=\"id\" type=\"int\"/></createTable></changeSet>\n"
            + " <changeSet id=\"half-" + suffix + "\" author=\"it\"><createTable tableName=\"it_half_" + suffix + "\">"
            + "<column name=\"id\" type=\"int\"/></createTable>"
            + "<sql>INSERT INTO no_such_table_" + suffix + " VALUES (1)</sql></changeSet>\n"
            + "</databaseChangeLog>\n";
    }

    private static byte[] jarWith(String path, String content) throws IOException {
        return jarWith(path, content, "it-broken-schema", null);
    }

    private static byte[] jarWith(String path, String content, String name, String schemaHeader) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        if (schemaHeader != null) {
            main.putValue("Kintsugi-Schema", schemaHeader);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry(path));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** All of them apply on PostgreSQL (some are PostgreSQL-only). */
    private static int declaredChangesets(Bundle bundle) throws IOException {
        try (java.io.InputStream in = bundle.getEntry(CORE_CHANGELOG).openStream()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.split("<changeSet ", -1).length - 1;
        }
    }

    private int changesetsOf(String changelog) throws SQLException {
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM databasechangelog WHERE filename = '" + changelog + "'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'")) {
            r.next();
            return r.getInt(1) == 1;
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
