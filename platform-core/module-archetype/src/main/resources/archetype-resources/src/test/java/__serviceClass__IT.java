package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.kintsugi.core.testkit.exam.CoreFixtures;
import org.kintsugi.core.testkit.exam.KintsugiClient;
import org.kintsugi.core.testkit.exam.KintsugiRuntime;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * ${serviceName} in a running Kintsugi (the core runtime, this bundle installed) on PostgreSQL, driven
 * through the API as practitioners use it: offered only where a region enables it, 404 outside scope,
 * bad input refused whole, bodies sealed and shown only to those who work on the case, sharing gated,
 * entries held when the case is paused, and its screen served in English and Welsh.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ${serviceClass}IT {
    private static final String MODULE = "/api/modules/${moduleId}";

    @Configuration
    public Option[] config() {
        return KintsugiRuntime.withModule("kintsugi_it_${tablePrefix}");
    }

    @Test
    public void practitionersKeepEntriesOnACaseWhichReachTheOtherPartyOnlyThroughTheGate() {
        KintsugiClient api = KintsugiClient.ofContainer().awaitUp();
        CoreFixtures core = CoreFixtures.asAdmin(api);
        String region = core.region();
        String coordinator = core.user("COORDINATOR", region);
        CoreFixtures.Person practitioner = core.practitioner(region);
        String caseId = core.openCase(coordinator, region);
        core.allocate(coordinator, caseId, practitioner.id);
        String entries = MODULE + "/cases/" + caseId + "/entries";

        assertEquals("not offered in the region yet", 404, api.get(entries, practitioner.token).status());
        core.enable("${moduleId}", region, true);
        Await.until("the module to answer", Duration.ofSeconds(60), () -> api.get(entries, practitioner.token).status() == 200);

        KintsugiClient.Reply blank = api.post(entries, practitioner.token, "{\"body\":\"   \"}").expect(400);
        assertEquals("application/problem+json", blank.header("Content-Type"));
        assertEquals("${moduleId}.body-required", blank.json().get("errors").get(0).get("code").asText());
        assertEquals("nothing was written", "0", api.get(entries, practitioner.token).header("X-Total-Count"));
        assertEquals("only those who work on the case write", 403,
                api.post(entries, coordinator, "{\"body\":\"Synthetic note\"}").status());

        JsonNode entry = api.post(entries, practitioner.token, "{\"body\":\"Synthetic note: prefers letters first.\"}")
                .expect(201).json();
        assertEquals("Synthetic note: prefers letters first.", entry.get("body").asText());
        assertEquals("what was answered is what was stored", entry, api.get(entries, practitioner.token).json().get(0));
        String entryPath = entries + "/" + entry.get("id").asText();
        JsonNode seenByCoordinator = api.get(entries, coordinator).expect(200).json().get(0);
        assertTrue("the coordinator sees that it exists, not what it says", seenByCoordinator.get("bodyWithheld").asBoolean());
        assertFalse("its body is left out", seenByCoordinator.has("body"));

        assertEquals("the gate's first rule: nothing passes between the parties before the delivery stage",
                "urn:kintsugi:problem:contact-before-delivery",
                api.post(entryPath + "/share", practitioner.token, null).expect(409).json().get("type").asText());
        assertFalse("so it was not shared", api.get(entries, practitioner.token).json().get(0).has("sharedAt"));

        assertEquals("waiting to be shared, on the practitioner's home page", 1, unshared(api, practitioner.token));
        assertEquals("not the coordinator's work", -1, unshared(api, coordinator));

        core.pause(coordinator, caseId);
        assertEquals("held while the case is paused, it waits for nobody", 0, unshared(api, practitioner.token));
        JsonNode held = api.get(entries, practitioner.token).expect(200).json().get(0);
        assertTrue("a pause holds what was not shared", held.get("held").asBoolean());
        assertEquals("PAUSED", held.get("heldBecause").asText());
        assertEquals("urn:kintsugi:problem:case-paused",
                api.post(entryPath + "/release", practitioner.token, null).expect(409).json().get("type").asText());

        String elsewhere = core.user("COORDINATOR", core.region());
        assertEquals("another region's case does not exist for them", 404, api.get(entries, elsewhere).status());
        assertEquals(404, api.get(MODULE + "/cases/no-such-case/entries", practitioner.token).status());
        assertEquals(401, api.get(entries, null).status());
    }

    @Test
    public void itsScreenIsListedWhereItIsOfferedAndServedInEnglishAndWelsh() {
        KintsugiClient api = KintsugiClient.ofContainer().awaitUp();
        CoreFixtures core = CoreFixtures.asAdmin(api);
        String region = core.region();
        String coordinator = core.user("COORDINATOR", region);
        assertFalse(api.get("/api/screens", coordinator).expect(200).body().contains("\"module\":\"${moduleId}\""));
        core.enable("${moduleId}", region, true);
        Await.until("its screen to be listed", Duration.ofSeconds(60),
                () -> api.get("/api/screens", coordinator).body().contains("\"entryPoint\":\"/ui/${moduleId}/entries.js\""));
        assertEquals(200, api.get("/ui/${moduleId}/entries.js", null).status());
        for (String language : new String[] {"en", "cy"}) {
            assertTrue(api.get("/ui/${moduleId}/messages/" + language + ".json", null).expect(200).body()
                    .contains("\"${messagePrefix}.caseTab\""));
        }
    }

    /** How many entries wait to be shared in the caller's "My work" (-1: no such list for them). */
    private static int unshared(KintsugiClient api, String token) {
        for (JsonNode list : api.get("/api/work", token).expect(200).json().get("lists")) {
            if ("${moduleId}".equals(list.get("module").asText()) && "unshared".equals(list.get("id").asText())) {
                return list.get("total").asInt();
            }
        }
        return -1;
    }
}
