package org.kintsugi.itests;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The whole walk in a real browser ({@code itests/browser/journey.test.mjs}): a coordinator takes a
 * referral into a case and through first contact and consent; the facilitator assesses both parties; the
 * case supervisor signs off and decides; the facilitator's letter is reviewed, consented to, delivered
 * and read. Only the people and the region are made through the API.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class JourneyIT extends KintsugiTestSupport {
    @Test
    public void aReferralBecomesADeliveredLetterInTheBrowser() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        Letters.enable(api, admin, region, true);
        String coordinator = Fixtures.coordinatorNamed(api, admin, region, "it-journey");
        CaseWalk.Person supervisor = CaseWalk.person(api, admin, region, "CASE_SUPERVISOR", null);
        CaseWalk.Person practitioner = CaseWalk.person(api, admin, region, "PRACTITIONER", supervisor.id);

        BrowserScript.passes("journey.test.mjs", Map.of("KINTSUGI_USER", coordinator, "KINTSUGI_PASSWORD", Fixtures.PASSWORD,
                "KINTSUGI_PRACTITIONER", practitioner.username, "KINTSUGI_PRACTITIONER_ID", practitioner.id,
                "KINTSUGI_SUPERVISOR", supervisor.username));
    }
}
