package org.kintsugi.itests;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The web shell in a real browser: {@code itests/browser/shell.test.mjs} drives Debian's chromium with
 * playwright-core against this container (loopback only), as a coordinator of a fresh region.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ShellBrowserIT extends KintsugiTestSupport {
    @Test
    public void theShellSignsInSwitchesLanguageAndLeavesQuickly() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String username = Fixtures.coordinatorNamed(api, admin, region, "it-shell");
        Fixtures.openCase(api, api.login(username, Fixtures.PASSWORD), region);
        CaseWalk.person(api, admin, region, "PRACTITIONER", null);

        BrowserScript.passes("shell.test.mjs", Map.of("KINTSUGI_USER", username, "KINTSUGI_PASSWORD", Fixtures.PASSWORD));
    }
}
