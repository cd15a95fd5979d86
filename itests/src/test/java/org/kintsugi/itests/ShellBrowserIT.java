package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
        String username = "it-shell-" + System.nanoTime() % 1000000;
        ObjectNode user = Fixtures.JSON.createObjectNode().put("username", username)
                .put("displayName", "Synthetic Coordinator").put("password", Fixtures.PASSWORD);
        user.putArray("roles").add("COORDINATOR");
        user.putArray("regions").add(region);
        assertEquals(201, api.post("/api/users", admin, user.toString()).status());
        Fixtures.openCase(api, api.login(username, Fixtures.PASSWORD), region);
        CaseWalk.person(api, admin, region, "PRACTITIONER", null);

        BrowserScript.passes("shell.test.mjs", Map.of("KINTSUGI_USER", username, "KINTSUGI_PASSWORD", Fixtures.PASSWORD));
    }
}
