package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Tasks done and overdue; closing with a reason and a retention date; re-engaging a closed case. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LifecycleIT extends KintsugiTestSupport {

    @Test
    public void overdueTasksAreListedForTheirRegionUntilDone() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        String outsider = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        JsonNode task = api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("tasks").get(0);
        assertEquals("FIRST_CONTACT", task.get("kind").asText());
        assertFalse(overdue(api, walk.coordinator).contains(walk.caseId));

        LocalDate longAgo = LocalDate.now(ZoneOffset.UTC).minusDays(9);
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("UPDATE case_task SET due_on = ? WHERE case_id = ?")) {
            s.setObject(1, longAgo);
            s.setString(2, walk.caseId);
            assertEquals(1, s.executeUpdate()); // test setup: the task fell due nine days ago
        }
        JsonNode listed = api.get("/api/tasks/overdue", walk.coordinator).json();
        assertEquals(1, listed.size());
        assertEquals(walk.caseId, listed.get(0).get("caseId").asText());
        assertEquals(9, listed.get(0).get("daysOverdue").asInt());
        assertTrue(api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("tasks").get(0).get("overdue").asBoolean());
        assertFalse("another region's coordinator never sees it", overdue(api, outsider).contains(walk.caseId));
        assertFalse("nor a practitioner not on the case", overdue(api, walk.practitioner.token).contains(walk.caseId));
        walk.allocate(walk.practitioner);
        assertTrue(overdue(api, walk.practitioner.token).contains(walk.caseId));
        assertTrue("and their supervisor sees it too", overdue(api, walk.supervisor.token).contains(walk.caseId));
        assertEquals(403, api.get("/api/tasks/overdue", Fixtures.user(api, admin, "COMMISSIONER", walk.region, null)).status());
        assertEquals(400, api.get("/api/tasks/overdue?limit=0", walk.coordinator).status());

        walk.firstContactDone();
        assertFalse(overdue(api, walk.coordinator).contains(walk.caseId));
        String taskId = task.get("id").asText();
        assertEquals("urn:kintsugi:problem:task-already-done", api.post("/api/cases/" + walk.caseId + "/tasks/" + taskId + "/done",
                walk.coordinator, null).json().get("type").asText());
        assertEquals(404, api.post("/api/cases/" + walk.caseId + "/tasks/" + taskId + "/done", outsider, null).status());
    }

    @Test
    public void aClosedCaseKeepsItsReasonAndIsReEngagedFromFirstContact() {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        walk.toPreparation("DIRECT_CONTACT");
        assertEquals(200, walk.consent(walk.harmed, "AGGREGATE_STATISTICS").status());
        assertEquals(409, api.post("/api/cases/" + walk.caseId + "/re-engage", walk.coordinator, null).status());
        assertEquals(400, api.post("/api/cases/" + walk.caseId + "/close", walk.coordinator, "{\"note\":\"x\"}").status());
        assertEquals(200, api.post("/api/cases/" + walk.caseId + "/withdraw", walk.coordinator, "{\"onBehalfOf\":\""
                + walk.harmed + "\",\"reason\":\"Synthetic: needs time\"}").status());

        JsonNode closed = api.post("/api/cases/" + walk.caseId + "/close", walk.practitioner.token,
                "{\"reason\":\"WITHDRAWN\",\"note\":\"Synthetic: may return later\"}").json();
        assertEquals("CLOSED", closed.get("stage").asText());
        assertEquals("WITHDRAWN", closed.get("closure").get("reason").asText());
        assertEquals("Synthetic: may return later", closed.get("closure").get("note").asText());
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusYears(6).toString(), closed.get("closure").get("retainUntil").asText());
        assertEquals("urn:kintsugi:problem:case-closed", api.post("/api/cases/" + walk.caseId + "/close", walk.coordinator,
                "{\"reason\":\"OTHER\"}").json().get("type").asText());
        assertEquals("urn:kintsugi:problem:case-closed", walk.move(walk.coordinator, "DELIVERY").json().get("type").asText());
        assertEquals(403, api.post("/api/cases/" + walk.caseId + "/re-engage", walk.practitioner.token, null).status());
        assertTrue("the case page offers what the endpoint allows",
                actions(api, walk.coordinator, walk.caseId).get("re-engage").get("allowed").asBoolean());
        assertEquals("forbidden", actions(api, walk.practitioner.token, walk.caseId).get("re-engage").get("rule").asText());

        JsonNode again = api.post("/api/cases/" + walk.caseId + "/re-engage", walk.coordinator, null).json();
        assertEquals("FIRST_CONTACT", again.get("stage").asText());
        assertEquals("NONE", again.get("hold").asText());
        assertEquals(1, again.get("reEngagedCount").asInt());
        assertNull(again.get("closure"));
        JsonNode tasks = again.get("tasks");
        assertEquals("first contact is due again", 2, tasks.size());
        assertEquals("one done, one open", 1, tasks.findValues("doneAt").size());
        for (JsonNode consent : again.get("consents")) {
            boolean statistics = "AGGREGATE_STATISTICS".equals(consent.get("purpose").asText());
            assertEquals("consents for the old process lapse; statistics consent stays", statistics, consent.get("active").asBoolean());
        }
        JsonNode assessments = api.get("/api/cases/" + walk.caseId + "/assessments", walk.coordinator).json();
        assertEquals("IN_PROGRESS", assessments.get(0).get("status").asText());
        assertFalse(api.get("/api/cases/" + walk.caseId + "/decisions", walk.coordinator).json().get(0).get("current").asBoolean());
        assertTrue(again.get("timeline").toString().contains("RE_ENGAGED"));
    }

    @Test
    public void firstContactIsDueFiveWorkingDaysLaterNotCountingTheRegionsBankHolidays() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String hubAdmin = Fixtures.user(api, admin, "HUB_ADMIN", region, null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate plain = Fixtures.workingDaysAfter(today, 5, List.of());
        List<LocalDate> holidays = List.of(Fixtures.workingDaysAfter(today, 1, List.of()),
                Fixtures.workingDaysAfter(today, 2, List.of()));

        assertEquals(403, api.send("PUT", "/api/regions/" + region + "/holidays", coordinator, "{\"days\":[]}").status());
        assertEquals("days.0", api.send("PUT", "/api/regions/" + region + "/holidays", hubAdmin, "{\"days\":[\"1066-10-14\"]}")
                .json().get("errors").get(0).get("field").asText());
        Api.Reply set = api.send("PUT", "/api/regions/" + region + "/holidays", hubAdmin,
                "{\"days\":[\"" + holidays.get(1) + "\",\"" + holidays.get(0) + "\"]}");
        assertEquals(set.toString(), 200, set.status());
        assertEquals("[\"" + holidays.get(0) + "\",\"" + holidays.get(1) + "\"]", api.get("/api/regions/" + region + "/holidays",
                coordinator).json().get("days").toString());

        String caseId = Fixtures.openCase(api, coordinator, region);
        String due = api.get("/api/cases/" + caseId, coordinator).json().get("tasks").get(0).get("dueOn").asText();
        assertEquals(Fixtures.workingDaysAfter(today, 5, holidays).toString(), due);
        assertTrue("two holidays push it two working days later", LocalDate.parse(due).isAfter(plain));
    }

    @Test
    public void theCaseSaysWhichActionsAreAllowedNowAndWhichRuleStopsTheOthers() {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        Map<String, JsonNode> actions = actions(api, walk.coordinator, walk.caseId);
        assertEquals("facilitator-missing", actions.get("move-to-FIRST_CONTACT").get("rule").asText());
        assertTrue(actions.get("move-to-FIRST_CONTACT").get("reason").asText().contains("Allocate a facilitator"));
        assertTrue(actions.get("pause").get("allowed").asBoolean());
        assertEquals("not-paused", actions.get("resume").get("rule").asText());
        assertTrue(actions.get("close").get("allowed").asBoolean());
        assertEquals("case-not-closed", actions.get("re-engage").get("rule").asText());
        assertTrue(actions.get("allocate-facilitator").get("allowed").asBoolean());
        assertEquals("forbidden", actions.get("decide").get("rule").asText());

        walk.allocate(walk.practitioner);
        assertTrue(actions(api, walk.coordinator, walk.caseId).get("move-to-FIRST_CONTACT").get("allowed").asBoolean());
        assertEquals("forbidden", actions(api, walk.practitioner.token, walk.caseId).get("allocate-facilitator")
                .get("rule").asText());
        assertEquals(200, api.post("/api/cases/" + walk.caseId + "/pause", walk.coordinator, "{}").status());
        actions = actions(api, walk.practitioner.token, walk.caseId);
        assertEquals("case-paused", actions.get("move-to-FIRST_CONTACT").get("rule").asText());
        assertTrue(actions.get("resume").get("allowed").asBoolean());
        assertEquals("the server refuses exactly what it said it would", "urn:kintsugi:problem:case-paused",
                walk.move(walk.practitioner.token, "FIRST_CONTACT").json().get("type").asText());
        String outsider = Fixtures.user(api, walk.admin, "COORDINATOR", Fixtures.region(api, walk.admin), null);
        assertEquals(404, api.get("/api/cases/" + walk.caseId + "/actions", outsider).status());
    }

    @Test
    public void theCaseloadIsFilteredSortedWithOverdueFirstAndCounted() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String first = Fixtures.openCase(api, coordinator, region);
        String late = Fixtures.openCase(api, coordinator, region);
        String paused = Fixtures.openCase(api, coordinator, region);
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement task = c.prepareStatement("UPDATE case_task SET due_on = ? WHERE case_id = ?");
             PreparedStatement due = c.prepareStatement("UPDATE rj_case SET next_due_on = ? WHERE id = ?")) {
            LocalDate lastWeek = LocalDate.now(ZoneOffset.UTC).minusDays(7); // test setup: this one fell due a week ago
            for (PreparedStatement s : new PreparedStatement[] {task, due}) {
                s.setObject(1, lastWeek);
                s.setString(2, late);
                assertEquals(1, s.executeUpdate());
            }
        }
        assertEquals(200, api.post("/api/cases/" + paused + "/pause", coordinator, "{}").status());

        Api.Reply newest = api.get("/api/cases", coordinator);
        assertEquals("3", newest.header("X-Total-Count"));
        assertEquals(paused, newest.json().get(0).get("id").asText());
        Api.Reply due = api.get("/api/cases?sort=DUE&limit=2", coordinator);
        assertEquals("overdue first", late, due.json().get(0).get("id").asText());
        assertTrue(due.json().get(0).get("overdue").asBoolean());
        assertFalse(due.json().get(1).get("overdue").asBoolean());
        assertEquals("the count is of all matches, not the page", "3", due.header("X-Total-Count"));
        assertEquals(first, api.get("/api/cases?sort=oldest", coordinator).json().get(0).get("id").asText());
        Api.Reply held = api.get("/api/cases?hold=PAUSED", coordinator);
        assertEquals("1", held.header("X-Total-Count"));
        assertEquals(paused, held.json().get(0).get("id").asText());
        assertEquals("0", api.get("/api/cases?stage=FIRST_CONTACT", coordinator).header("X-Total-Count"));
        assertEquals("a filter never widens the scope", "0",
                api.get("/api/cases?region=" + Fixtures.region(api, admin), coordinator).header("X-Total-Count"));
        assertEquals("sort", api.get("/api/cases?sort=LOUDEST", coordinator).json().get("errors").get(0).get("field").asText());
        walkTaskDone(api, coordinator, late);
        assertFalse("done: no longer overdue", api.get("/api/cases?sort=DUE", coordinator).json().get(0).get("overdue").asBoolean());
    }

    private static void walkTaskDone(Api api, String token, String caseId) {
        String task = api.get("/api/cases/" + caseId, token).json().get("tasks").get(0).get("id").asText();
        assertEquals(200, api.post("/api/cases/" + caseId + "/tasks/" + task + "/done", token, null).status());
    }

    private static Map<String, JsonNode> actions(Api api, String token, String caseId) {
        Api.Reply reply = api.get("/api/cases/" + caseId + "/actions", token);
        assertEquals(reply.toString(), 200, reply.status());
        Map<String, JsonNode> byName = new HashMap<>();
        reply.json().forEach(action -> byName.put(action.get("action").asText(), action));
        return byName;
    }

    private static String overdue(Api api, String token) {
        Api.Reply reply = api.get("/api/tasks/overdue", token);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.body();
    }
}
