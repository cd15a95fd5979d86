package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The database goes away: health says 503 at once; it comes back: service resumes, no restart. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DatabaseOutageIT extends KintsugiTestSupport {

    @Test
    public void healthIs503DuringAnOutageAndRecoversByItself() throws Exception {
        Api api = api();
        String token = adminToken(api);
        try {
            cutOff(true);
            Await.until("health to report the outage", Duration.ofSeconds(30),
                    () -> api.get("/api/health", null).status() == 503);
            assertEquals("DOWN", api.get("/api/health", null).json().get("database").get("status").asText());
            Api.Reply during = api.get("/api/auth/me", token);
            assertEquals("an outage is not a bug: " + during, 503, during.status());
        } finally {
            cutOff(false);
        }
        Await.until("health to recover", Duration.ofSeconds(60), () -> api.get("/api/health", null).status() == 200);
        assertEquals(200, api.get("/api/auth/me", token).status());
    }

    @Test
    public void referralsAreRefusedDuringAnOutageAndAcceptedOnceItEnds() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        // The group commit's writer now holds a connection that the outage will break.
        assertEquals(201, api.post("/api/referrals", coordinator, Fixtures.referral(region, "VIOLENCE")).status());
        try {
            cutOff(true);
            Api.Reply during = api.post("/api/referrals", coordinator, Fixtures.referral(region, "VIOLENCE"));
            assertEquals("an outage is not a bug: " + during, 503, during.status());
            assertEquals("application/problem+json", during.header("Content-Type"));
        } finally {
            cutOff(false);
        }
        Await.until("health to recover", Duration.ofSeconds(60), () -> api.get("/api/health", null).status() == 200);
        Api.Reply after = api.post("/api/referrals", coordinator, Fixtures.referral(region, "VIOLENCE"));
        assertEquals("the first referral after the outage: " + after, 201, after.status());
        assertEquals("the one refused during the outage was not kept", 2,
                api.get("/api/referrals?limit=10", coordinator).json().size());
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    @Test
    public void underLoadEveryRequestIsAnswered503WithinASecondAndServiceComesBackByItself() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        String[] paths = {"/api/cases", "/api/cases/" + walk.caseId, "/api/referrals", "/api/tasks/overdue",
            "/api/regions/" + walk.region + "/holidays", "/api/modules", "/api/cases/" + walk.caseId + "/actions", "/api/auth/me"};
        try (TimedLoad load = new TimedLoad(api, walk.coordinator, 8, paths)) {
            long warm = System.nanoTime();
            Await.until("the load to run", Duration.ofSeconds(30), () -> load.sentSince(warm).size() > 100);
            long cut;
            AtomicLong retrying = new AtomicLong();
            try {
                cutOff(true);
                cut = System.nanoTime();
                Await.until("requests during the outage", Duration.ofSeconds(60), () -> {
                    retrying.accumulateAndGet(threadsRetryingQueries(), Math::max);
                    return load.sentSince(cut).stream().filter(s -> s.status == 503).count() >= 400;
                });
            } finally {
                cutOff(false);
            }
            long restored = System.nanoTime();
            List<TimedLoad.Sample> during = load.sentSince(cut).stream().filter(s -> s.sentAt < restored)
                    .collect(Collectors.toList());
            List<TimedLoad.Sample> slow = during.stream().filter(s -> s.millis() >= 1000).collect(Collectors.toList());
            assertTrue("answered within a second of the outage: " + slow, slow.isEmpty());
            List<TimedLoad.Sample> wrong = during.stream().filter(s -> s.status != 503 && s.status != 200)
                    .collect(Collectors.toList());
            assertTrue("an outage is a 503, never a 500 or no answer: " + wrong, wrong.isEmpty());
            assertEquals("no server thread ever slept in a query retry", 0, retrying.get());

            Await.until("service to come back by itself", Duration.ofSeconds(30),
                    () -> api.get("/api/health", null).status() == 200);
            Await.until("the first request to succeed again", Duration.ofSeconds(30),
                    () -> load.sentSince(restored).stream().anyMatch(s -> s.status == 200));
            long back = System.nanoTime();
            Await.until("answers after the outage", Duration.ofSeconds(30), () -> load.sentSince(back).size() >= 200);
            List<TimedLoad.Sample> after = load.sentSince(back);
            assertTrue("every request after recovery succeeds: " + after.stream().filter(s -> s.status != 200)
                    .limit(5).collect(Collectors.toList()), after.stream().allMatch(s -> s.status == 200));
        }
    }

    /** Threads of this Karaf sleeping in EclipseLink's query retry: each would be a request held for seconds. */
    private static long threadsRetryingQueries() {
        return Thread.getAllStackTraces().values().stream().filter(stack -> java.util.Arrays.stream(stack)
                .anyMatch(frame -> frame.getMethodName().equals("retryQuery"))).count();
    }

    private void cutOff(boolean off) throws SQLException {
        TestDatabase.closeToConnections(bundleContext, off);
    }
}
