package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** An attacker must not learn which user names exist, and cannot guess passwords at speed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LoginSecurityIT extends KintsugiTestSupport {
    private static final String PASSWORD = "quiet-river-stones-4821";

    @Test
    public void unknownUserAndWrongPasswordGetTheSameAnswerInSimilarTime() throws Exception {
        Api api = api();
        long[] unknown = new long[5];
        long[] wrong = new long[5];
        String expectedBody = null;
        for (int i = 0; i < unknown.length; i++) {
            String existing = TestUsers.uniqueName("it-timing");
            TestUsers.create(bundleContext, existing, PASSWORD, "PRACTITIONER");
            long start = System.nanoTime();
            Api.Reply badPassword = api.post("/api/auth/login", null, Api.loginJson(existing, "not-the-password-123"));
            wrong[i] = System.nanoTime() - start;
            start = System.nanoTime();
            Api.Reply noSuchUser = api.post("/api/auth/login", null,
                    Api.loginJson(TestUsers.uniqueName("it-nobody"), "not-the-password-123"));
            unknown[i] = System.nanoTime() - start;

            assertEquals(401, badPassword.status());
            assertEquals(401, noSuchUser.status());
            assertEquals(badPassword.body(), noSuchUser.body());
            expectedBody = expectedBody == null ? badPassword.body() : expectedBody;
            assertEquals("the same answer every time", expectedBody, badPassword.body());
        }
        long medianWrong = median(wrong);
        long medianUnknown = median(unknown);
        double ratio = (double) medianUnknown / medianWrong;
        assertTrue("both do the Argon2 work (wrong " + medianWrong / 1_000_000 + " ms, unknown "
                + medianUnknown / 1_000_000 + " ms)", ratio > 0.5 && ratio < 2.0);
    }

    @Test
    public void fiveFailuresLockTheNameEvenAgainstTheRightPassword() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-lock");
        TestUsers.create(bundleContext, user, PASSWORD, "PRACTITIONER");
        assertLocksAfterFive(api, user, PASSWORD);
    }

    @Test
    public void unknownNamesLockTheSameWay() {
        assertLocksAfterFive(api(), TestUsers.uniqueName("it-ghost"), PASSWORD);
    }

    private static void assertLocksAfterFive(Api api, String user, String password) {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.post("/api/auth/login", null, Api.loginJson(user, "wrong-password-" + i)).status());
        }
        Api.Reply locked = api.post("/api/auth/login", null, Api.loginJson(user, password));
        assertEquals(locked.toString(), 429, locked.status());
        assertEquals("urn:kintsugi:problem:too-many-attempts", locked.json().get("type").asText());
        assertNotNull("Retry-After", locked.header("Retry-After"));
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 0);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
