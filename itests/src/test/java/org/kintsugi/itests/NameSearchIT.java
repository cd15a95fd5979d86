package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Hub staff find a case by a participant's name: whole words, accents, case and apostrophes aside; only in
 * their regions; each search audited with what it found and never the name; names stored only as keyed hashes;
 * participants stored before the index are indexed when the core starts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class NameSearchIT extends KintsugiTestSupport {
    private static final String SEARCH = "/api/case-search/by-name";

    @Test
    public void hubStaffFindCasesByAParticipantsNameWithinTheirRegionsOnlyAndEverySearchIsAudited() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        String surname = word();
        String caseId = Fixtures.openCase(api, walk.coordinator, walk.region, "Synthetic Siân Ó'Rourke-" + surname,
                "Synthetic Person " + surname + "x");
        String reference = api.get("/api/cases/" + caseId, walk.coordinator).json().get("reference").asText();

        JsonNode found = ok(search(api, walk.coordinator, "  SIAN o’rourke " + surname.toUpperCase()));
        assertEquals(1, found.get("cases").size());
        assertEquals(reference, found.get("cases").get(0).get("reference").asText());
        assertEquals("[\"PERSON_HARMED\"]", found.get("cases").get(0).get("matchedAs").toString());
        assertFalse(found.get("more").asBoolean());
        assertFalse("the answer never holds anyone's name", found.toString().contains(surname));
        assertEquals("[\"PERSON_RESPONSIBLE\"]", ok(search(api, walk.coordinator, surname + "x")).get("cases").get(0)
                .get("matchedAs").toString());
        assertEquals("every word must be in one person's name", 0,
                ok(search(api, walk.coordinator, surname + " " + surname + "x")).get("cases").size());
        assertEquals("whole words only", 0, ok(search(api, walk.coordinator, surname.substring(0, 5))).get("cases").size());

        String harmed = api.get("/api/cases/" + caseId, walk.coordinator).json().get("participants").get(0).get("id").asText();
        Api.Reply supporter = api.post("/api/cases/" + caseId + "/participants", walk.coordinator, "{\"role\":\"SUPPORTER\","
                + "\"supports\":\"" + harmed + "\",\"details\":{\"name\":\"Synthetic Supporter " + surname + "s\"}}");
        assertEquals(supporter.toString(), 200, supporter.status());
        assertEquals("a participant added later is found too", "[\"SUPPORTER\"]",
                ok(search(api, walk.coordinator, surname + "s")).get("cases").get(0).get("matchedAs").toString());

        String elsewhere = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        assertEquals("another region's hub staff find nothing", 0, ok(search(api, elsewhere, surname)).get("cases").size());
        assertEquals(1, ok(search(api, admin, surname)).get("cases").size());
        assertEquals("practitioners find their cases by reference", 403, search(api, walk.practitioner.token, surname).status());
        assertEquals(401, search(api, null, surname).status());

        assertProblem(search(api, walk.coordinator, " "), "name");
        assertProblem(search(api, walk.coordinator, "x".repeat(201)), "name");
        assertEquals("name-no-words", assertProblem(search(api, walk.coordinator, " - ' "), "name").get("code").asText());
        assertEquals(400, api.post(SEARCH, walk.coordinator, "{\"nmae\":\"" + surname + "\"}").status());

        String coordinatorName = api.get("/api/auth/me", walk.coordinator).json().get("username").asText();
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("SELECT record_id FROM audit_event WHERE actor = ? "
                     + "AND action = 'POST /case-search/by-name' ORDER BY seq")) {
            s.setString(1, coordinatorName);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("the first search, and what it showed", "name-search:found=1:" + reference, rows.getString(1));
                while (rows.next()) {
                    assertFalse("never the name typed", String.valueOf(rows.getString(1)).toLowerCase().contains(surname.toLowerCase()));
                }
            }
        }
    }

    @Test
    public void aNameSharedByManyCasesAsksForMoreOfIt() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String surname = word();
        for (int i = 0; i < 21; i++) {
            Fixtures.openCase(api, coordinator, region, "Synthetic " + surname, null);
        }
        JsonNode found = ok(search(api, coordinator, surname));
        assertEquals(20, found.get("cases").size());
        assertTrue(found.get("more").asBoolean());
    }

    @Test
    public void participantsStoredBeforeTheIndexAreIndexedWhenTheCoreStarts() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        String surname = word();
        String caseId = Fixtures.openCase(api, walk.coordinator, walk.region, "Synthetic " + surname, null);
        assertEquals(1, ok(search(api, walk.coordinator, surname)).get("cases").size());
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement forget = c.prepareStatement("DELETE FROM participant_name_token WHERE case_id = ?");
             PreparedStatement unmark = c.prepareStatement("UPDATE case_participant SET name_indexed = false WHERE case_id = ?")) {
            forget.setString(1, caseId);
            unmark.setString(1, caseId);
            assertTrue(forget.executeUpdate() > 0); // test setup: as a database from before the index
            unmark.executeUpdate();
        }
        assertEquals(0, ok(search(api, walk.coordinator, surname)).get("cases").size());

        restartBackfill();
        Await.until("the earlier participant's name to be indexed", Duration.ofSeconds(30),
                () -> ok(search(api, walk.coordinator, surname)).get("cases").size() == 1);
    }

    /** As a start of the core does it: the backfill component activated afresh. */
    private void restartBackfill() throws Exception {
        ServiceReference<ServiceComponentRuntime> ref = bundleContext.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = bundleContext.getService(ref);
        try {
            ComponentDescriptionDTO backfill = scr.getComponentDescriptionDTOs().stream()
                    .filter(d -> d.name.endsWith(".NameIndexBackfill")).findFirst().orElseThrow();
            scr.disableComponent(backfill).getValue();
            scr.enableComponent(backfill).getValue();
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    private static Api.Reply search(Api api, String token, String name) {
        ObjectNode body = Fixtures.JSON.createObjectNode().put("name", name);
        return api.post(SEARCH, token, body.toString());
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static JsonNode assertProblem(Api.Reply reply, String field) {
        assertEquals(reply.toString(), 400, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
        JsonNode error = reply.json().get("errors").get(0);
        assertEquals(field, error.get("field").asText());
        return error;
    }

    /** A made-up word no other test uses: the database is shared by the suite. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("Zy");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
