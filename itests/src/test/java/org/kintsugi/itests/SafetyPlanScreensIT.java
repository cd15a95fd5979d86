package org.kintsugi.itests;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** A case's safety plan in a real browser ({@code itests/browser/safety-plan.test.mjs}). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SafetyPlanScreensIT extends KintsugiTestSupport {
    @Test
    public void aFacilitatorWritesThePlanAndTheirSupervisorSignsItOff() throws Exception {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        walk.allocate(walk.practitioner);
        BrowserScript.passes("safety-plan.test.mjs", Map.of("KINTSUGI_PRACTITIONER", walk.practitioner.username,
                "KINTSUGI_SUPERVISOR", walk.supervisor.username, "KINTSUGI_PASSWORD", Fixtures.PASSWORD));
    }
}
