package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.kintsugi.core.testkit.exam.Await;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The rules tried under races, through the API: two cases scheduling one room at one time (one wins), and a
 * withdrawal racing a scheduling (the meeting is cancelled with the withdrawal, or the scheduling is refused:
 * never a scheduled meeting on a withdrawn case), and a screen's look at the gate while the case is being changed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConferencingRacesIT extends KintsugiTestSupport {
    private static final Instant NOON = LocalDate.now(ZoneOffset.UTC).plusDays(9).atTime(12, 0).toInstant(ZoneOffset.UTC);

    @Test
    public void twoSchedulingsOfOneRoomRaceAndOneWins() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Meetings first = readyCase(api, admin, null);
        String room = first.venue("Synthetic Annexe");
        Meetings second = readyCase(api, admin, first.walk.region);
        String[] meetings = {ready(first), ready(second)};
        Meetings[] sides = {first, second};
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> racing = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int side = i;
                racing.add(CompletableFuture.supplyAsync(() -> sides[side].schedule(meetings[side], room, NOON).status(), two));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> status : racing) {
                statuses.add(status.get());
            }
            statuses.sort(Integer::compareTo);
            assertEquals("two racing schedulings of one room: one wins", List.of(200, 409), statuses);
        } finally {
            two.shutdown();
        }
    }

    @Test
    public void aWithdrawalRacingASchedulingNeverLeavesAMeetingScheduled() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Meetings side = readyCase(api, admin, null);
                String meeting = ready(side);
                CaseWalk walk = side.walk;
                CompletableFuture<Integer> scheduling = CompletableFuture.supplyAsync(
                        () -> side.schedule(meeting, null, NOON).status(), two);
                CompletableFuture<Integer> withdrawal = CompletableFuture.supplyAsync(() -> api.post("/api/cases/"
                        + walk.caseId + "/withdraw", walk.coordinator, "{\"onBehalfOf\":\"" + walk.harmed
                        + "\",\"reason\":\"Synthetic reason\"}").status(), two);
                assertEquals(200, (int) withdrawal.get());
                int scheduled = scheduling.get();
                String state = side.get(meeting).get("state").asText();
                assertEquals("WITHDRAWN", api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("hold").asText());
                assertFalse("round " + round + ": scheduling answered " + scheduled + ", meeting " + state,
                        "SCHEDULED".equals(state));
                assertEquals("round " + round + ": cancelled with the withdrawal either way", "CANCELLED", state);
                assertTrue("round " + round + ": scheduled and then cancelled, or refused: " + scheduled,
                        scheduled == 200 || scheduled == 409);
                assertEquals("round " + round + ": only a meeting that had its date is to be told of", scheduled == 200,
                        side.get(meeting).get("attendees").get(0).get("mustBeTold").asBoolean());
            }
        } finally {
            two.shutdown();
        }
    }

    @Test
    public void aScreenAskingTheGateNeitherWaitsForAChangeToTheCaseNorHoldsOneUp() throws Exception {
        Api api = api();
        Meetings side = readyCase(api, adminToken(api), null);
        String meeting = ready(side);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (Connection holder = TestDatabase.connect(bundleContext); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT id FROM rj_case WHERE id = '" + side.walk.caseId + "' FOR UPDATE").close(); // a change under way
            CompletableFuture<Integer> scheduling = CompletableFuture.supplyAsync(
                    () -> side.schedule(meeting, null, NOON).status(), two);
            Await.until("the scheduling to wait for the case", Duration.ofSeconds(10),
                    () -> TestDatabase.sessionsWaitingForLock(bundleContext, "%rj_case%") == 1);
            Api.Reply gate = CompletableFuture.supplyAsync(() -> api.get(meeting + "/gate", side.walk.practitioner.token), two)
                    .get(10, TimeUnit.SECONDS); // a screen's question: answered while the case is held
            assertEquals(gate.toString(), 200, gate.status());
            assertEquals("[]", gate.json().toString());
            assertFalse("the scheduling still waits for the case", scheduling.isDone());
            holder.rollback();
            assertEquals("and goes ahead once the change is over", 200, (int) scheduling.get(30, TimeUnit.SECONDS));
        } finally {
            two.shutdown();
        }
    }

    /** A case at delivery under direct contact, its safety plan signed off, conferencing offered in its region. */
    private static Meetings readyCase(Api api, String admin, String region) {
        CaseWalk walk = region == null ? new CaseWalk(api, admin) : new CaseWalk(api, admin, region);
        Meetings meetings = Meetings.offeredFor(walk);
        walk.toPreparation("DIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        meetings.signedOffPlan(NOON);
        return meetings;
    }

    /** A conference whose two attendees are both prepared and ready: its path. */
    private static String ready(Meetings meetings) {
        String meeting = meetings.plan("CONFERENCE", meetings.walk.harmed, meetings.walk.responsible);
        meetings.prepare(meeting, meetings.walk.harmed, "READY");
        meetings.prepare(meeting, meetings.walk.responsible, "READY");
        return meeting;
    }
}
