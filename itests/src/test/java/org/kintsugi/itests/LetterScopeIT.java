package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.EnumSet;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Letters follow the core's scope (404 outside it; texts only for practitioners on the case), vanish
 * where a region switches letter exchange off, and the module's feature comes and goes at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LetterScopeIT extends KintsugiTestSupport {
    private static final String FEATURE = "kintsugi-letter-exchange";
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @Inject
    private FeaturesService features;

    @Test
    public void lettersAreSeenOnlyWithinTheCoresScope() {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.allocate(walk.practitioner);
        String item = letters.draft(walk.harmed, "A synthetic letter. Contact me at heron@example.invalid.");
        String colleague = CaseWalk.person(api, walk.admin, walk.region, "PRACTITIONER", null).token;
        String elsewhere = Fixtures.user(api, walk.admin, "COORDINATOR", Fixtures.region(api, walk.admin), null);
        for (String outsider : new String[] {colleague, elsewhere}) {
            Api.Reply hidden = letters.get(outsider, "/items/" + item);
            assertEquals(hidden.toString(), 404, hidden.status());
            assertEquals(hidden.body(), api.get(Letters.BASE + "/items/no-such-item", outsider).body().replace("no-such-item", item));
            assertEquals(404, letters.get(outsider, "/cases/" + walk.caseId + "/items").status());
            assertEquals(404, letters.create(outsider, walk.harmed, "Hello", false, null).status());
        }
        assertEquals("[]", letters.get(colleague, "/items?list=ALL").json().toString());

        JsonNode asHub = letters.item(walk.coordinator, item);
        assertEquals("DRAFT", asHub.get("state").asText());
        assertEquals("hub staff see that it exists, not what it says", 0, asHub.get("versions").size());
        assertFalse(asHub.toString().contains("heron@"));
        assertEquals(403, letters.act(walk.coordinator, item, "submit", null).status());
        assertEquals(403, letters.get(walk.coordinator, "/items/" + item + "/recipient-view").status());
        assertEquals(1, letters.get(walk.coordinator, "/items?list=ALL").json().size());
        assertTrue(letters.item(walk.supervisor.token, item).get("versions").get(0).get("text").asText().contains("heron@"));
    }

    /** Lists across cases are scoped, paged and counted in the database: each page is the next, the count is all. */
    @Test
    public void aListAcrossCasesIsPagedAndCountedWithinScope() {
        Api api = api();
        String admin = adminToken(api);
        Letters mine = Letters.onNewCase(api, admin);
        Letters theirs = Letters.onNewCase(api, admin);
        mine.walk.allocate(mine.walk.practitioner);
        theirs.walk.allocate(theirs.walk.practitioner);
        java.util.Set<String> written = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            written.add(mine.draft(mine.walk.harmed, "Synthetic letter number " + i + "."));
        }
        String elsewhere = theirs.draft(theirs.walk.harmed, "A synthetic letter in another region.");

        java.util.Set<String> paged = new java.util.HashSet<>();
        for (int offset = 0; offset < 6; offset += 2) {
            Api.Reply page = mine.get(mine.walk.coordinator, "/items?list=ALL&limit=2&offset=" + offset);
            assertEquals(page.toString(), "5", page.header("X-Total-Count"));
            assertEquals(Math.min(2, 5 - offset), page.json().size());
            page.json().forEach(item -> assertTrue("no item twice", paged.add(item.get("id").asText())));
        }
        assertEquals(written, paged);
        String own = "/items?list=ALL&facilitator=";
        assertEquals("5", mine.get(mine.walk.supervisor.token, "/items?list=ALL").header("X-Total-Count"));
        assertEquals("5", mine.get(mine.walk.practitioner.token, own + mine.walk.practitioner.id).header("X-Total-Count"));
        assertEquals("a facilitator outside the caller's scope has nothing in it", "0",
                mine.get(mine.walk.coordinator, own + theirs.walk.practitioner.id).header("X-Total-Count"));
        String colleague = CaseWalk.person(api, admin, mine.walk.region, "PRACTITIONER", null).token;
        assertEquals("0", mine.get(colleague, "/items?list=ALL").header("X-Total-Count"));
        Api.Reply national = mine.get(admin, own + theirs.walk.practitioner.id);
        assertEquals("a national administrator sees every region's", elsewhere, national.json().get(0).get("id").asText());
        assertEquals("5", mine.get(admin, own + mine.walk.practitioner.id).header("X-Total-Count"));
    }

    @Test
    public void aRegionThatSwitchesLettersOffNoLongerSeesThem() {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk offered = new CaseWalk(api, admin);
        CaseWalk withdrawn = new CaseWalk(api, admin);
        Letters.enable(api, admin, offered.region, true);
        Letters.enable(api, admin, withdrawn.region, true);
        withdrawn.allocate(withdrawn.practitioner);
        offered.allocate(offered.practitioner);
        String kept = new Letters(offered).draft(offered.harmed, "A synthetic letter in a region that offers letters.");
        String hidden = new Letters(withdrawn).draft(withdrawn.harmed, "A synthetic letter in a region that stops.");
        ObjectNode both = Fixtures.JSON.createObjectNode().put("username", "it-two-" + System.nanoTime() % 1000000)
                .put("displayName", "Synthetic Coordinator").put("password", Fixtures.PASSWORD);
        both.putArray("roles").add("COORDINATOR");
        both.putArray("regions").add(offered.region).add(withdrawn.region);
        assertEquals(201, api.post("/api/users", admin, both.toString()).status());
        String coordinator = api.login(both.get("username").asText(), Fixtures.PASSWORD);

        Letters.enable(api, admin, withdrawn.region, false);
        assertEquals(404, api.get(Letters.BASE + "/items/" + hidden, withdrawn.practitioner.token).status());
        assertEquals(404, api.get(Letters.BASE + "/cases/" + withdrawn.caseId + "/items", coordinator).status());
        assertEquals("a user of both regions sees the case whose region offers letters", 200,
                api.get(Letters.BASE + "/items/" + kept, coordinator).status());
        assertEquals(404, api.get(Letters.BASE + "/items/" + hidden, coordinator).status());
        assertEquals(404, api.get(Letters.BASE + "/regions/" + withdrawn.region + "/settings", admin).status());
        Letters.enable(api, admin, withdrawn.region, true);
        assertEquals("switched back on, nothing was lost", 200,
                api.get(Letters.BASE + "/items/" + hidden, withdrawn.practitioner.token).status());
    }

    @Test
    public void overdueReviewsFollowEachRegionsDays() throws Exception {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.allocate(walk.practitioner);
        String item = letters.draft(walk.harmed, "A synthetic letter waiting for review.");
        letters.actOk(item, "submit", null);
        try (java.sql.Connection c = TestDatabase.connect(bundleContext);
             java.sql.PreparedStatement s = c.prepareStatement(
                     "UPDATE lx_item SET submitted_at = now() - interval '3 days' WHERE id = ?")) {
            s.setString(1, item); // three days pass
            s.executeUpdate();
        }
        String overdue = "/items?list=OVERDUE_REVIEW&facilitator=" + walk.practitioner.id;
        assertEquals("within the default five days", "[]", letters.get(walk.coordinator, overdue).json().toString());
        String hubAdmin = Fixtures.user(api, walk.admin, "HUB_ADMIN", walk.region, null);
        String settings = Letters.BASE + "/regions/" + walk.region + "/settings";
        assertEquals(403, api.send("PUT", settings, walk.coordinator, "{\"reviewDays\":2}").status());
        assertEquals("reviewDays", api.send("PUT", settings, hubAdmin, "{\"reviewDays\":0}").json().get("errors").get(0).get("field").asText());
        assertEquals(2, api.send("PUT", settings, hubAdmin, "{\"reviewDays\":2}").json().get("reviewDays").asInt());
        Api.Reply late = letters.get(walk.coordinator, overdue);
        assertEquals("1", late.header("X-Total-Count"));
        assertEquals(item, late.json().get(0).get("id").asText());
        assertTrue(late.json().get(0).get("reviewOverdue").asBoolean());
        assertEquals("[]", letters.get(walk.coordinator, "/items?list=OVERDUE_REVIEW&facilitator=someone-else").json().toString());
    }

    @Test
    public void theModuleComesAndGoesAtRuntimeWithoutFailingOtherRequests() throws Exception {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        Letters.enable(api, walk.admin, walk.region, true);
        walk.allocate(walk.practitioner);
        String item = new Letters(walk).draft(walk.harmed, "A synthetic letter that outlives the module.");
        String path = Letters.BASE + "/items/" + item;
        try (BackgroundLoad load = new BackgroundLoad(api, walk.coordinator, "/api/health", "/api/auth/me",
                "/api/cases/" + walk.caseId)) {
            features.uninstallFeature(FEATURE, NO_REFRESH);
            Await.until("letter exchange to go", Duration.ofSeconds(30),
                    () -> api.get(path, walk.practitioner.token).status() == 404
                            && !api.get("/api/modules", walk.admin).body().contains("letter-exchange"));
            assertFalse("its screens go with it", api.get("/api/screens", walk.practitioner.token).body().contains("letter-exchange"));
            assertEquals(404, api.get("/ui/letter-exchange/review-queue.js", null).status());
            features.installFeature(FEATURE, NO_REFRESH);
            Await.until("letter exchange to come back", Duration.ofSeconds(60),
                    () -> api.get(path, walk.practitioner.token).status() == 200);
            assertTrue(load.requests() > 0);
            assertEquals("[]", load.failures().toString());
        }
        assertTrue(api.get("/api/screens", walk.practitioner.token).body().contains("\"case-letters\""));
        assertEquals(200, api.get("/ui/letter-exchange/review-queue.js", null).status());
        assertTrue(api.get(path, walk.practitioner.token).json().get("versions").get(0).get("text").asText()
                .contains("outlives the module"));
        assertTrue(api.get("/api/openapi.json", walk.admin).json().get("paths").has("/modules/letter-exchange/items/{id}/deliver"));
    }
}
