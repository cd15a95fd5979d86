package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;


import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/** A module describes itself through the SPI and sees cases only through the core's scoping. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleSpiIT extends KintsugiTestSupport {

    @Test
    public void aModuleSeesCasesOnlyWithinTheCallersScope() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            JsonNode echo = null;
            for (JsonNode each : api.get("/api/modules", admin).json()) {
                echo = "it-echo".equals(each.get("id").asText()) ? each : echo;
            }
            assertEquals("[\"PERSON_HARMED\",\"PERSON_RESPONSIBLE\"]", echo.get("participantRoles").toString());
            assertEquals("[\"INDIRECT\"]", echo.get("contactKinds").toString());

            CaseWalk walk = new CaseWalk(api, admin);
            String elsewhere = Fixtures.region(api, admin);
            String outsider = Fixtures.user(api, admin, "COORDINATOR", elsewhere, null);
            for (String region : new String[] {walk.region, elsewhere}) {
                assertEquals(204, api.send("PUT", "/api/regions/" + region + "/modules/it-echo", admin,
                        "{\"enabled\":true}").status());
            }
            JsonNode seen = api.get("/api/modules/it-echo/cases/" + walk.caseId, walk.coordinator).json();
            assertEquals(walk.region, seen.get("region").asText());
            assertEquals("REFERRED", seen.get("stage").asText());
            assertEquals("[\"PERSON_HARMED\",\"PERSON_RESPONSIBLE\"]", seen.get("roles").toString());
            assertFalse("hub staff do not practise on the case", seen.get("callerPractises").asBoolean());
            assertFalse("a module gets no personal details", seen.toString().contains("Synthetic Person"));

            Api.Reply outside = api.get("/api/modules/it-echo/cases/" + walk.caseId, outsider);
            Api.Reply missing = api.get("/api/modules/it-echo/cases/no-such-case", outsider);
            assertEquals(404, outside.status());
            assertEquals(404, missing.status());
            assertEquals(404, api.get("/api/modules/it-echo/cases/" + walk.caseId, walk.practitioner.token).status());
            walk.allocate(walk.practitioner);
            assertTrue(api.get("/api/modules/it-echo/cases/" + walk.caseId, walk.practitioner.token).json()
                    .get("callerPractises").asBoolean());
            assertTrue("and so does their supervisor", api.get("/api/modules/it-echo/cases/" + walk.caseId,
                    walk.supervisor.token).json().get("callerPractises").asBoolean());
        } finally {
            module.uninstall();
        }
    }
}
