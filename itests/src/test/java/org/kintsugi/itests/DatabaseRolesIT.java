package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The production set-up on PostgreSQL: migrations run as the owner of the tables, requests as a role that
 * owns nothing. The whole journey works as that role, yet it can neither rewrite, remove nor truncate an
 * audit row, nor switch the trail's guard off, nor change the schema.
 */
class DatabaseRolesIT {
    private static final String OWNER = "kintsugi_roles_owner_it";
    private static final String SERVICE = "kintsugi_roles_service_it";
    private final Distribution node = new Distribution();
    private ScratchDatabase database;

    @Test
    void theServiceRoleDoesItsJobButCannotTouchTheAuditTrail() throws Exception {
        database = new ScratchDatabase("kintsugi_roles_it").role(OWNER).role(SERVICE).create(OWNER);
        node.env.put("KINTSUGI_DB_URL", database.url());
        node.env.put("KINTSUGI_DB_USER", SERVICE);
        node.env.put("KINTSUGI_DB_PASSWORD", TestDatabase.password());
        node.env.put("KINTSUGI_DB_OWNER_USER", OWNER);
        node.env.put("KINTSUGI_DB_OWNER_PASSWORD", TestDatabase.password());
        node.start();
        node.awaitHealthy();
        Api api = new Api(node.port);
        String admin = api.login("admin", Files.readString(node.home.resolve("data/initial-admin-password")).trim());
        new JourneySteps(api, admin).allButOwnAccount();

        try (Connection service = database.connect(SERVICE); Statement s = service.createStatement()) {
            for (String forbidden : new String[] {
                "UPDATE audit_event SET actor = 'mallory'",
                "DELETE FROM audit_event",
                "TRUNCATE audit_event",
                "TRUNCATE referral",
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete",
                "DROP TRIGGER audit_event_no_update_delete ON audit_event",
                "CREATE TABLE intruder (id int)",
                "UPDATE databasechangelog SET id = id",
            }) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(forbidden), forbidden);
                assertTrue(refused.getSQLState().equals("42501") || refused.getSQLState().equals("42P01"),
                        forbidden + ": " + refused.getSQLState() + " " + refused.getMessage());
            }
        }
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean(), "the trail is whole");
        assertTrue(!node.log().contains("connects as the owner of its tables"), "no warning: the roles are apart");

        node.stop();
        node.start(); // migrations run again as the owner, apply nothing, and grant the same
        node.awaitHealthy();
        assertEquals(200, api.get("/api/auth/me", api.login("admin",
                Files.readString(node.home.resolve("data/initial-admin-password")).trim())).status());
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        node.stop();
        if (database != null) {
            database.close();
        }
    }
}
