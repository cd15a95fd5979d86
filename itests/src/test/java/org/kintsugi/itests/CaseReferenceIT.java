package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/**
 * Every case has a reference people can say and search for: region, year, number. Numbers are given once each,
 * in order, also when cases open at the same moment; a search finds only what the caller may see; and the
 * migration numbers cases that opened before references existed the same way.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CaseReferenceIT extends KintsugiTestSupport {
    private static final int AT_ONCE = 6;

    @Test
    public void casesAreNumberedPerRegionAndYearOnceEachAndFoundByReferenceWithinScope() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String north = Fixtures.region(api, admin);
        String south = Fixtures.region(api, admin);
        String northCoordinator = Fixtures.user(api, admin, "COORDINATOR", north, null);
        String southCoordinator = Fixtures.user(api, admin, "COORDINATOR", south, null);
        String prefix = north.toUpperCase() + "-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-";

        String first = Fixtures.openCase(api, northCoordinator, north);
        String second = Fixtures.openCase(api, northCoordinator, north);
        assertEquals(prefix + "0001", reference(api, northCoordinator, first));
        assertEquals(prefix + "0002", reference(api, northCoordinator, second));
        assertEquals("each region counts its own", south.toUpperCase() + "-" + LocalDate.now(ZoneOffset.UTC).getYear()
                + "-0001", reference(api, southCoordinator, Fixtures.openCase(api, southCoordinator, south)));

        Set<String> given = new HashSet<>();
        for (String id : acceptTogether(api, northCoordinator, north)) {
            given.add(reference(api, northCoordinator, id));
        }
        Set<String> expected = new HashSet<>();
        for (int n = 3; n < 3 + AT_ONCE; n++) {
            expected.add(String.format("%s%04d", prefix, n));
        }
        assertEquals("cases opened at the same moment take the next numbers, once each", expected, given);

        Api.Reply found = api.get("/api/cases?reference=" + (prefix + "0002").toLowerCase(), northCoordinator);
        assertEquals(found.toString(), "1", found.header("X-Total-Count"));
        assertEquals(second, found.json().get(0).get("id").asText());
        assertEquals("the beginning of a reference finds the rest", String.valueOf(2 + AT_ONCE),
                api.get("/api/cases?reference=" + prefix, northCoordinator).header("X-Total-Count"));
        Api.Reply elsewhere = api.get("/api/cases?reference=" + prefix + "0002", southCoordinator);
        assertEquals("another region's case is not found", "0", elsewhere.header("X-Total-Count"));
        assertEquals("a wildcard is a character, not a wildcard", "0",
                api.get("/api/cases?reference=%25", northCoordinator).header("X-Total-Count"));
        Api.Reply tooLong = api.get("/api/cases?reference=" + "A".repeat(61), northCoordinator);
        assertEquals(400, tooLong.status());
        assertEquals("reference", tooLong.json().get("errors").get(0).get("field").asText());
    }

    /** The migration's numbering, run again on this database in a transaction that is then undone. */
    @Test
    public void theMigrationNumbersEarlierCasesInTheOrderTheyOpened() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        List<String> opened = List.of(Fixtures.openCase(api, coordinator, region), Fixtures.openCase(api, coordinator, region),
                Fixtures.openCase(api, coordinator, region));
        String prefix = region.toUpperCase() + "-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-";

        try (Connection c = TestDatabase.connect(bundleContext, TestDatabase.url()); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("ALTER TABLE rj_case ALTER COLUMN reference DROP NOT NULL");
                s.execute("UPDATE rj_case SET reference = NULL");
                s.execute("DELETE FROM case_reference_counter");
                for (String statement : backfill().split(";")) {
                    if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                        s.execute(statement);
                    }
                }
                for (int i = 0; i < opened.size(); i++) {
                    assertEquals(prefix + "000" + (i + 1), stored(c, opened.get(i)));
                }
                try (ResultSet r = s.executeQuery("SELECT last_number FROM case_reference_counter WHERE region_code = '"
                        + region + "'")) {
                    assertTrue(r.next());
                    assertEquals("the next case goes on from the last", opened.size(), r.getInt(1));
                }
            } finally {
                c.rollback();
            }
        }
        assertEquals("undone", prefix + "0001", reference(api, coordinator, opened.get(0)));
    }

    private String backfill() throws IOException {
        for (Bundle bundle : bundleContext.getBundles()) {
            if ("org.kintsugi.core.impl".equals(bundle.getSymbolicName())) {
                try (InputStream in = bundle.getEntry("db/kintsugi-core/case-references-backfill.sql").openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no core bundle");
    }

    private static String stored(Connection c, String caseId) throws Exception {
        try (PreparedStatement p = c.prepareStatement("SELECT reference FROM rj_case WHERE id = ?")) {
            p.setString(1, caseId);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private static String reference(Api api, String token, String caseId) {
        Api.Reply page = api.get("/api/cases/" + caseId, token);
        assertEquals(page.toString(), 200, page.status());
        return page.json().get("reference").asText();
    }

    /** Refers {@value #AT_ONCE} cases, then accepts them all at the same moment. */
    private static List<String> acceptTogether(Api api, String token, String region) throws Exception {
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            referrals.add(api.post("/api/referrals", token, Fixtures.referral(region, "VIOLENCE")).json().get("id").asText());
        }
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<CompletableFuture<Api.Reply>> accepted = new ArrayList<>();
            for (String referral : referrals) {
                accepted.add(CompletableFuture.supplyAsync(() -> api.post("/api/referrals/" + referral + "/accept", token, null),
                        clients));
            }
            List<String> cases = new ArrayList<>();
            for (CompletableFuture<Api.Reply> reply : accepted) {
                Api.Reply answer = reply.get();
                assertEquals(answer.toString(), 201, answer.status());
                JsonNode body = answer.json();
                cases.add(body.get("id").asText());
            }
            return cases;
        } finally {
            clients.shutdown();
        }
    }
}
