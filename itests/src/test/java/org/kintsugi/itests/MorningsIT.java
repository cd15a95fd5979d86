package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A coordinator's and a facilitator's morning in the browser ({@code itests/browser/mornings.test.mjs}), each
 * from "My work": an overdue first contact cleared from its case's next step; a letter reviewed from home.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MorningsIT extends KintsugiTestSupport {
    @Test
    public void aCoordinatorAndAFacilitatorStartTheirDayAtMyWork() throws Exception {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.toPreparation("INDIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        letters.actOk(letters.draft(walk.responsible, "A synthetic letter waiting for its review."), "submit", null);

        String late = Fixtures.openCase(api, walk.coordinator, walk.region);
        TestDatabase.firstContactFellDue(bundleContext, late, 2);
        assertEquals(201, api.post("/api/referrals", walk.coordinator, Fixtures.referral(walk.region, "PROPERTY")).status());

        BrowserScript.passes("mornings.test.mjs", Map.of(
                "KINTSUGI_COORDINATOR", api.get("/api/auth/me", walk.coordinator).json().get("username").asText(),
                "KINTSUGI_PRACTITIONER", walk.practitioner.username, "KINTSUGI_PASSWORD", Fixtures.PASSWORD,
                "KINTSUGI_OVERDUE_REFERENCE", reference(api, walk.coordinator, late),
                "KINTSUGI_LETTER_REFERENCE", reference(api, walk.coordinator, walk.caseId)));
    }

    private static String reference(Api api, String token, String caseId) {
        return api.get("/api/cases/" + caseId, token).json().get("reference").asText();
    }
}
