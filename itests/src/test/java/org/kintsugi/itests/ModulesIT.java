package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A module's feature installed and uninstalled, as an administrator does with {@code feature:install},
 * while the platform serves requests: it appears, is offered only where a region enabled it, and
 * leaves again, and nothing else fails meanwhile.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModulesIT extends KintsugiTestSupport {
    private static final String ECHO = "/api/modules/it-echo/echo";

    /**
     * As {@code feature:install -r} (README): a module needs no refresh of anything installed, and a
     * refresh would needlessly rewire and restart the persistence stack (docs/architecture.md, stack pitfall 7).
     */
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @Inject
    private FeaturesService features;

    @Test
    public void aModuleComesAndGoesAtRuntimeAndIsOfferedOnlyWhereEnabled() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String north = Fixtures.region(api, admin);
        String south = Fixtures.region(api, admin);
        String northUser = Fixtures.user(api, admin, "COORDINATOR", north, null);
        String southHubAdmin = Fixtures.user(api, admin, "HUB_ADMIN", south, null);

        try (BackgroundLoad load = new BackgroundLoad(api, northUser, "/api/health", "/api/auth/me", "/api/regions")) {
            URI repository = TestModuleFeature.write();
            features.addRepository(repository);
            features.installFeature(TestModuleFeature.NAME, NO_REFRESH);
            Await.until("the module to be listed", Duration.ofSeconds(30), () -> listed(api, admin));
            Await.until("its endpoint to answer", Duration.ofSeconds(30), () -> api.get(ECHO, admin).status() == 200);

            assertEquals("not offered in the north yet", 404, api.get(ECHO, northUser).status());
            assertFalse("nor are its screens", screens(api, northUser).contains("it-echo"));
            assertEquals(401, api.get(ECHO, null).status());
            assertEquals(204, enable(api, admin, north, true).status());
            Api.Reply echo = api.get(ECHO, northUser);
            assertEquals(echo.toString(), 200, echo.status());
            assertTrue(echo.body().contains("\"module\":\"it-echo\""));
            assertEquals("[{\"module\":\"it-echo\",\"id\":\"echo\",\"labelKey\":\"itEcho.screen.title\",\"placement\":"
                    + "\"NAVIGATION\",\"order\":100,\"entryPoint\":\"/ui/it-echo/echo/screen.js\"}]", screens(api, northUser));
            assertEquals(404, api.get(ECHO, southHubAdmin).status());
            assertEquals(403, enable(api, southHubAdmin, north, false).status());
            assertEquals(204, enable(api, southHubAdmin, south, true).status());
            assertEquals(200, api.get(ECHO, southHubAdmin).status());
            assertEquals(204, enable(api, admin, north, false).status());
            assertEquals("disabled: its screens vanish for the region", "[]", screens(api, northUser));
            Api.Reply disabled = api.get(ECHO, northUser);
            assertEquals(404, disabled.status());
            assertEquals("urn:kintsugi:problem:not-found", disabled.json().get("type").asText());
            assertEquals("the problem names the path asked for", ECHO, disabled.json().get("instance").asText());
            assertEquals(404, enable(api, admin, north, "no-such-module", true).status());

            JsonNode mine = moduleFor(api, southHubAdmin);
            assertTrue(mine.get("enabledForMe").asBoolean());
            assertEquals("[\"" + south + "\"]", mine.get("enabledRegions").toString());
            assertTrue(api.get("/api/openapi.json", admin).json().get("paths").has("/modules/it-echo/echo"));
            assertTrue(api.get("/api/health", null).body().contains("it-echo"));

            features.uninstallFeature(TestModuleFeature.NAME, NO_REFRESH);
            features.removeRepository(repository);
            Await.until("the module to be gone", Duration.ofSeconds(30), () -> !listed(api, admin));
            Await.until("its endpoint to be gone", Duration.ofSeconds(30), () -> api.get(ECHO, admin).status() == 404);
            assertFalse(api.get("/api/openapi.json", admin).json().get("paths").has("/modules/it-echo/echo"));
            assertEquals("uninstalled: its screens are gone for everyone", "[]", screens(api, southHubAdmin));

            load.close();
            assertTrue("the load ran: " + load.requests(), load.requests() > 30);
            assertEquals("requests elsewhere that failed meanwhile", "[]", load.failures().toString());
        }
    }

    /**
     * The plain {@code feature:uninstall} and {@code feature:install}, without {@code -r}, as a Karaf operator
     * types them by habit: the distribution refreshes nothing by itself, so a real module (its own tables,
     * persistence unit and screens) goes and comes back while no request to the core fails.
     */
    @Test
    public void aRealModuleRemovedAndReinstalledWithThePlainCommandsFailsNoRequestElsewhere() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        Letters.enable(api, admin, region, true);
        String letters = Letters.BASE + "/items?list=ALL";
        Await.until("letter exchange to answer", Duration.ofSeconds(30), () -> api.get(letters, coordinator).status() == 200);
        EnumSet<FeaturesService.Option> plain = EnumSet.noneOf(FeaturesService.Option.class);
        try (BackgroundLoad load = new BackgroundLoad(api, coordinator, "/api/health", "/api/auth/me", "/api/cases",
                "/api/regions")) {
            features.uninstallFeature("kintsugi-letter-exchange", plain);
            Await.until("the module to be gone", Duration.ofSeconds(30), () -> api.get(letters, coordinator).status() == 404);
            features.installFeature("kintsugi-letter-exchange", plain);
            Await.until("the module to be back", Duration.ofSeconds(60), () -> api.get(letters, coordinator).status() == 200);
            load.close();
            assertTrue("the load ran: " + load.requests(), load.requests() > 30);
            assertEquals("requests elsewhere that failed meanwhile", "[]", load.failures().toString());
        }
        // Each of the module's resources is published as it comes: the list answering does not mean all are back yet.
        Await.until("the module's other endpoints to be back for its region", Duration.ofSeconds(30),
                () -> api.get(Letters.BASE + "/regions/" + region + "/settings", admin).status() == 200);
    }

    private static String screens(Api api, String token) {
        Api.Reply reply = api.get("/api/screens", token);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.body();
    }

    private static boolean listed(Api api, String token) {
        return api.get("/api/modules", token).body().contains("\"id\":\"it-echo\"");
    }

    private static JsonNode moduleFor(Api api, String token) {
        for (JsonNode module : api.get("/api/modules", token).json()) {
            if ("it-echo".equals(module.get("id").asText())) {
                return module;
            }
        }
        throw new AssertionError("it-echo not listed");
    }

    private static Api.Reply enable(Api api, String token, String region, boolean enabled) {
        return enable(api, token, region, "it-echo", enabled);
    }

    private static Api.Reply enable(Api api, String token, String region, String module, boolean enabled) {
        return api.send("PUT", "/api/regions/" + region + "/modules/" + module, token, "{\"enabled\":" + enabled + "}");
    }
}
