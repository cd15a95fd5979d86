package org.kintsugi.itests;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Assessments in a real browser ({@code itests/browser/assessment.test.mjs}): on a case the API has taken
 * to the assessment stage, the practitioner rates and completes, the supervisor signs off.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AssessmentScreensIT extends KintsugiTestSupport {
    @Test
    public void aPractitionerAssessesAndTheirSupervisorSignsOffInTheBrowser() throws Exception {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        walk.toAssessment();
        walk.assessFully(walk.practitioner.token, walk.responsible, true, "ADEQUATE"); // the browser signs it off
        BrowserScript.passes("assessment.test.mjs", Map.of("KINTSUGI_USER", walk.practitioner.username,
                "KINTSUGI_SUPERVISOR", walk.supervisor.username, "KINTSUGI_PASSWORD", Fixtures.PASSWORD));
    }
}
