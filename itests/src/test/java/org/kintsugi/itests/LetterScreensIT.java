package org.kintsugi.itests;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The letter-exchange screens in a real browser ({@code itests/browser/letters.test.mjs}): a facilitator
 * composes, reviews with the keyboard and redaction, records consent and delivery of a letter on a case
 * the API has walked to delivery; then the region switches letters off and the screen is gone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LetterScreensIT extends KintsugiTestSupport {
    @Test
    public void aFacilitatorTakesALetterFromDraftToDeliveredInTheBrowser() throws Exception {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.toPreparation("INDIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        BrowserScript.passes("letters.test.mjs", Map.of("KINTSUGI_USER", walk.practitioner.username,
                "KINTSUGI_PASSWORD", Fixtures.PASSWORD, "KINTSUGI_ADMIN_PASSWORD", ADMIN_PASSWORD, "KINTSUGI_REGION", walk.region));
    }
}
