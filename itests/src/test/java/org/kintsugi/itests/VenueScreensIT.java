package org.kintsugi.itests;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The venue register's screen in a real browser ({@code itests/browser/venues.test.mjs}). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class VenueScreensIT extends KintsugiTestSupport {
    @Test
    public void aCoordinatorKeepsTheRegisterAndAPractitionerReadsIt() throws Exception {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        BrowserScript.passes("venues.test.mjs", Map.of(
                "KINTSUGI_COORDINATOR", api.get("/api/auth/me", walk.coordinator).json().get("username").asText(),
                "KINTSUGI_PRACTITIONER", walk.practitioner.username, "KINTSUGI_PASSWORD", Fixtures.PASSWORD));
    }
}
