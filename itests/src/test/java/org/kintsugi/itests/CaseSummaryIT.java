package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A case summary to print or save: sealed details (names, contact ways, reasons, notes' words) only when asked
 * for; the choice audited either way; scoped like the case.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CaseSummaryIT extends KintsugiTestSupport {
    private static final String[] SEALED = {"Synthetic Person C", "07700 900456", "Synthetic Person D",
        "Synthetic: needs a quiet week", "Synthetic: we will write when ready", "Synthetic note: prefers mornings"};

    @Test
    public void sealedDetailsAreLeftOutUnlessChosenAndTheChoiceIsAudited() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        walk.allocate(walk.practitioner);
        assertEquals(200, api.post("/api/cases/" + walk.caseId + "/notes", walk.practitioner.token,
                "{\"text\":\"Synthetic note: prefers mornings\",\"visibleTo\":[]}").status());
        assertEquals(200, api.post("/api/cases/" + walk.caseId + "/pause", walk.coordinator, "{\"onBehalfOf\":\"" + walk.harmed
                + "\",\"reason\":\"Synthetic: needs a quiet week\",\"tellOtherParty\":\"Synthetic: we will write when ready\"}").status());
        String reference = api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("reference").asText();

        Api.Reply plain = api.get(summary(walk.caseId, null), walk.coordinator);
        assertEquals(plain.toString(), 200, plain.status());
        JsonNode leftOut = plain.json();
        assertFalse(leftOut.get("sealedIncluded").asBoolean());
        assertEquals(reference, leftOut.get("facts").get("reference").asText());
        assertEquals("PAUSED", leftOut.get("facts").get("hold").asText());
        assertEquals("the people are there, by role", "PERSON_HARMED", leftOut.get("participants").get(0).get("role").asText());
        assertEquals("Synthetic Practitioner", leftOut.get("facilitators").get(0).asText());
        for (String sealed : SEALED) {
            assertFalse(sealed + " left out", leftOut.toString().contains(sealed));
        }

        JsonNode included = ok(api.get(summary(walk.caseId, "include"), walk.practitioner.token));
        assertTrue(included.get("sealedIncluded").asBoolean());
        for (String sealed : SEALED) {
            assertTrue(sealed + " included when chosen", included.toString().contains(sealed));
        }

        assertEquals("sealed", api.get(summary(walk.caseId, "everything"), walk.coordinator).json()
                .get("errors").get(0).get("field").asText());
        String elsewhere = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        assertEquals(404, api.get(summary(walk.caseId, "include"), elsewhere).status());
        assertEquals(404, api.get(summary("no-such-case", null), walk.coordinator).status());
        assertEquals(401, api.get(summary(walk.caseId, null), null).status());

        assertEquals(List.of("id=" + walk.caseId + ";summary:sealed=leave-out"),
                audited(api.get("/api/auth/me", walk.coordinator).json().get("username").asText()));
        assertEquals(List.of("id=" + walk.caseId + ";summary:sealed=include"), audited(walk.practitioner.username));
    }

    private static String summary(String caseId, String sealed) {
        return "/api/cases/" + caseId + "/summary" + (sealed == null ? "" : "?sealed=" + sealed);
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** What the audit trail says of this person's summaries that were answered. */
    private List<String> audited(String actor) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("SELECT record_id FROM audit_event WHERE actor = ? "
                     + "AND action = 'GET /cases/{id}/summary' AND outcome = '200' ORDER BY seq")) {
            s.setString(1, actor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
        }
        return rows;
    }
}
