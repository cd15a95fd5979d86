package org.kintsugi.itests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Conferencing's screens in a real browser ({@code itests/browser/conferencing.test.mjs}). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConferencingScreensIT extends KintsugiTestSupport {
    @Test
    public void aFacilitatorPlansPreparesAndSchedulesAConference() throws Exception {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        Meetings meetings = Meetings.offeredFor(walk);
        walk.toPreparation("DIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        walk.addParticipant("SUPPORTER", "Synthetic Supporter W", walk.harmed);
        meetings.signedOffPlan(LocalDate.now(ZoneOffset.UTC).plusDays(9).atTime(10, 0).toInstant(ZoneOffset.UTC));
        meetings.venue("Synthetic Hall");
        BrowserScript.passes("conferencing.test.mjs", Map.of("KINTSUGI_PRACTITIONER", walk.practitioner.username,
                "KINTSUGI_PASSWORD", Fixtures.PASSWORD));
    }
}
