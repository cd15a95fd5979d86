package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/**
 * "My work" ({@code /api/work}): each person's tasks, referrals and module work, within their scope only;
 * a module's work through the WorkSource SPI, its entries outside the caller's scope dropped by the core,
 * and a failing module named while the rest is shown.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WorkIT extends KintsugiTestSupport {
    private static final String LETTER = "A synthetic letter that only its reviewers read.";

    @Test
    public void eachPersonSeesWhatWaitsForThemAndNothingOutsideTheirScope() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Letters letters = Letters.onNewCase(api, admin);
        CaseWalk walk = letters.walk;
        String reference = api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("reference").asText();
        String outsider = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        TestDatabase.firstContactFellDue(bundleContext, walk.caseId, 3);

        JsonNode overdue = list(work(api, walk.coordinator), "core", "tasks-overdue");
        JsonNode entry = entryOf(overdue, walk.caseId);
        assertEquals(reference, entry.get("reference").asText());
        assertEquals("work.task.FIRST_CONTACT", entry.get("labelKey").asText());
        assertTrue(entry.get("overdue").asBoolean());
        assertEquals("core/caseload", overdue.get("screen").asText());
        assertEquals(overdue.get("total").asInt(), overdue.get("overdue").asInt());
        assertEquals("another region's coordinator never sees it", 0, list(work(api, outsider), "core", "tasks-overdue").get("total").asInt());
        assertNull("nor a practitioner not on the case", entryOf(list(work(api, walk.practitioner.token), "core", "tasks-overdue"), walk.caseId));
        CaseWalk.Person second = CaseWalk.person(api, admin, walk.region, "PRACTITIONER", walk.supervisor.id);
        walk.allocate(second);
        assertTrue("once they facilitate it, it is theirs", entryOf(list(work(api, second.token), "core", "tasks-overdue"),
                walk.caseId).get("overdue").asBoolean());

        int before = list(work(api, walk.coordinator), "core", "new-referrals").get("total").asInt();
        assertEquals(201, api.post("/api/referrals", walk.coordinator, Fixtures.referral(walk.region, "HATE_CRIME")).status());
        JsonNode referrals = list(work(api, walk.coordinator), "core", "new-referrals");
        assertEquals(before + 1, referrals.get("total").asInt());
        assertEquals("offence.HATE_CRIME", referrals.get("entries").get(referrals.get("entries").size() - 1)
                .get("args").get("categoryKey").asText());
        assertNull("deciding on referrals is hub staff's work", list(work(api, walk.practitioner.token), "core", "new-referrals"));

        walk.toPreparation("INDIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        assertEquals(0, list(work(api, walk.practitioner.token), "letter-exchange", "to-review").get("total").asInt());
        String item = letters.draft(walk.responsible, LETTER);
        letters.actOk(item, "submit", null);
        JsonNode mine = work(api, walk.practitioner.token);
        JsonNode toReview = list(mine, "letter-exchange", "to-review");
        assertEquals(1, toReview.get("total").asInt());
        assertEquals("letter-exchange/review-queue", toReview.get("screen").asText());
        assertEquals(item, toReview.get("entries").get(0).get("target").asText());
        assertEquals(reference, toReview.get("entries").get(0).get("reference").asText());
        assertEquals("letterExchange.kind.LETTER", toReview.get("entries").get(0).get("args").get("kindKey").asText());
        assertFalse("never a word of the letter", mine.toString().contains("synthetic letter"));
        assertEquals("the supervisor reviews their team's letters too", 1,
                list(work(api, walk.supervisor.token), "letter-exchange", "to-review").get("total").asInt());
        assertNull("reviewing is not the coordinator's work", list(work(api, walk.coordinator), "letter-exchange", "to-review"));

        JsonNode approved = letters.actOk(item, "approve", "{}");
        assertEquals(0, list(work(api, walk.practitioner.token), "letter-exchange", "to-review").get("total").asInt());
        letters.actOk(item, "consent", "{\"approvedVersion\":" + approved.get("approvedVersion").asInt() + "}");
        assertEquals(1, list(work(api, walk.practitioner.token), "letter-exchange", "to-deliver").get("total").asInt());

        Letters.enable(api, admin, walk.region, false);
        assertNull("switched off in the region, its work goes", list(work(api, walk.practitioner.token), "letter-exchange", "to-deliver"));
        assertEquals(401, api.get("/api/work", null).status());
    }

    @Test
    public void aModulesEntriesOutsideTheCallersScopeAreDroppedAndItsFailureTakesNothingElseDown() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            CaseWalk walk = new CaseWalk(api, admin);
            CaseWalk elsewhere = new CaseWalk(api, admin);
            assertEquals(204, api.send("PUT", "/api/regions/" + walk.region + "/modules/it-echo", admin, "{\"enabled\":true}").status());
            String username = api.get("/api/auth/me", walk.coordinator).json().get("username").asText();
            tell(api, admin, username, "{\"caseIds\":[\"" + walk.caseId + "\",\"" + elsewhere.caseId + "\",\"no-such-case\"]}");
            JsonNode echo = list(work(api, walk.coordinator), "it-echo", "echo-work");
            assertEquals(1, echo.get("entries").size());
            assertEquals(walk.caseId, echo.get("entries").get(0).get("caseId").asText());
            assertEquals("it-echo/echo", echo.get("screen").asText());

            tell(api, admin, username, "{\"fail\":true}");
            JsonNode page = work(api, walk.coordinator);
            assertEquals("[\"Integration test echo\"]", page.get("unavailable").toString());
            assertTrue("the core's own work is still there", list(page, "core", "tasks-due") != null);
            assertNull(list(page, "it-echo", "echo-work"));

            assertEquals(204, api.send("PUT", "/api/regions/" + walk.region + "/modules/it-echo", admin, "{\"enabled\":false}").status());
            assertEquals("a module not offered to the caller is not even asked", "[]",
                    work(api, walk.coordinator).get("unavailable").toString());
        } finally {
            module.uninstall();
        }
    }

    private static void tell(Api api, String admin, String username, String what) {
        assertEquals(204, api.send("PUT", "/api/modules/it-echo/work/" + username, admin, what).status());
    }

    @Test
    public void venuesToHaveCheckedAgainAreOnTheirHubsHomePageUntilChecked() {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        assertNull("no venue, no list", list(work(api, walk.coordinator), "core", "venue-checks"));
        Api.Reply added = api.post("/api/regions/" + walk.region + "/venues", walk.coordinator, "{\"name\":\"Synthetic Lodge\","
                + "\"address\":\"3 Synthetic Lane\",\"facilities\":[],\"neutralGround\":true}");
        assertEquals(added.toString(), 201, added.status());
        JsonNode due = list(work(api, walk.coordinator), "core", "venue-checks");
        assertEquals(1, due.get("total").asInt());
        assertEquals("work.venueNeverChecked", due.get("entries").get(0).get("labelKey").asText());
        assertEquals("core/venues", due.get("screen").asText());
        assertNull("a practitioner does not have venues checked", list(work(api, walk.practitioner.token), "core", "venue-checks"));
        String elsewhere = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        assertNull("another region's hub does not see it", list(work(api, elsewhere), "core", "venue-checks"));
        assertEquals(200, api.post("/api/venues/" + added.json().get("id").asText() + "/safety-checks", walk.coordinator,
                "{\"checkedOn\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}").status());
        assertNull("checked today: off the list", list(work(api, walk.coordinator), "core", "venue-checks"));
        assertEquals(201, api.post("/api/regions/" + walk.region + "/venues", walk.coordinator, "{\"name\":\"Synthetic Barn\","
                + "\"address\":\"4 Synthetic Lane\",\"facilities\":[],\"neutralGround\":true,\"checkedOn\":\""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(12).plusDays(10) + "\"}").status());
        JsonNode soon = list(work(api, walk.coordinator), "core", "venue-checks");
        assertEquals("a check running out within the month is listed again", "work.venueCheck",
                soon.get("entries").get(0).get("labelKey").asText());
    }

    private static JsonNode work(Api api, String token) {
        Api.Reply reply = api.get("/api/work", token);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static JsonNode list(JsonNode page, String module, String id) {
        for (JsonNode list : page.get("lists")) {
            if (module.equals(list.get("module").asText()) && id.equals(list.get("id").asText())) {
                return list;
            }
        }
        return null;
    }

    private static JsonNode entryOf(JsonNode list, String caseId) {
        for (JsonNode entry : list.get("entries")) {
            if (caseId.equals(entry.path("caseId").asText())) {
                return entry;
            }
        }
        return null;
    }
}
