package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
 * The venue register (hub staff manage it; the region's practitioners choose from it; the address sealed; a
 * check that counts for the months the region sets) and booking through the SPI: only a venue whose check is
 * current on the day, never twice for overlapping times, also when two bookings race.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class VenueIT extends KintsugiTestSupport {
    private static final String ADDRESS = "1 Synthetic Street, Synthetic Town";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    public void hubStaffKeepTheRegisterAndItsPractitionersChooseFromIt() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        String venues = "/api/regions/" + walk.region + "/venues";

        Api.Reply refused = api.post(venues, walk.coordinator, "{\"name\":\" \",\"facilities\":[\"QUIET_ROOM\"]}");
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("name", "address", "neutralGround"), fields);
        assertEquals("nothing was written", 0, api.get(venues, walk.coordinator).json().size());

        Api.Reply created = api.post(venues, walk.coordinator, venue("Synthetic Community Room", TODAY.minusMonths(1)));
        assertEquals(created.toString(), 201, created.status());
        JsonNode room = created.json();
        assertEquals(TODAY.minusMonths(1).plusMonths(12).toString(), room.get("checkRunsOut").asText());
        assertTrue(room.get("checkCurrent").asBoolean());
        assertEquals("in the register's order", "[\"STEP_FREE_ACCESS\",\"SEPARATE_WAITING_ROOMS\"]", room.get("facilities").toString());
        String id = room.get("id").asText();
        assertEquals("a practitioner of the region chooses from it", ADDRESS,
                api.get(venues, walk.practitioner.token).json().get(0).get("address").asText());
        assertEquals(403, api.post(venues, walk.practitioner.token, venue("Synthetic Other Room", TODAY)).status());
        String elsewhere = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        assertEquals("another region's venue does not exist for them", 404, api.get("/api/venues/" + id, elsewhere).status());
        assertEquals(404, api.get(venues, elsewhere).status());
        assertEquals(401, api.get(venues, null).status());
        assertFalse("the address is sealed in the database", storedAddress(id).contains("Synthetic Street"));

        String etag = api.get("/api/venues/" + id, walk.coordinator).header("ETag");
        assertEquals(428, api.send("PUT", "/api/venues/" + id, walk.coordinator, venue("Renamed", null)).status());
        Api.Reply renamed = api.send("PUT", "/api/venues/" + id, walk.coordinator, venue("Synthetic Renamed Room", null), etag);
        assertEquals(renamed.toString(), 200, renamed.status());
        assertEquals("a change made on an old copy is refused, and changes nothing", 412,
                api.send("PUT", "/api/venues/" + id, walk.coordinator, venue("Lost Update", null), etag).status());
        assertEquals("Synthetic Renamed Room", api.get("/api/venues/" + id, walk.coordinator).json().get("name").asText());

        assertEquals(403, api.send("PUT", "/api/regions/" + walk.region + "/venue-settings", walk.coordinator,
                "{\"checkValidMonths\":6}").status());
        assertEquals(400, api.send("PUT", "/api/regions/" + walk.region + "/venue-settings", admin,
                "{\"checkValidMonths\":0}").status());
        assertEquals(200, api.send("PUT", "/api/regions/" + walk.region + "/venue-settings", admin,
                "{\"checkValidMonths\":6}").status());
        String old = api.post(venues, walk.coordinator, venue("Synthetic Old Check", TODAY.minusMonths(6).plusDays(10))).json()
                .get("id").asText();
        JsonNode expiring = api.get(venues + "?expiringWithinDays=31", walk.coordinator).json();
        assertEquals("only the one whose check runs out within a month", 1, expiring.size());
        assertEquals(old, expiring.get(0).get("id").asText());
        JsonNode checked = api.post("/api/venues/" + old + "/safety-checks", walk.coordinator,
                "{\"checkedOn\":\"" + TODAY + "\"}").json();
        assertEquals(TODAY.plusMonths(6).toString(), checked.get("checkRunsOut").asText());
        assertEquals(400, api.post("/api/venues/" + old + "/safety-checks", walk.coordinator,
                "{\"checkedOn\":\"" + TODAY.plusDays(1) + "\"}").status());
    }

    @Test
    public void aVenueIsBookedOnlyWithACurrentCheckAndNeverTwiceForOverlappingTimes() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            CaseWalk walk = new CaseWalk(api, admin);
            CaseWalk other = new CaseWalk(api, admin);
            for (String region : new String[] {walk.region, other.region}) {
                assertEquals(204, api.send("PUT", "/api/regions/" + region + "/modules/it-echo", admin, "{\"enabled\":true}").status());
            }
            String venues = "/api/regions/" + walk.region + "/venues";
            String room = api.post(venues, walk.coordinator, venue("Synthetic Meeting Room", TODAY)).json().get("id").asText();
            String unchecked = api.post(venues, walk.coordinator, venue("Synthetic Unchecked Room", null)).json().get("id").asText();
            String otherRoom = api.post("/api/regions/" + other.region + "/venues", other.coordinator,
                    venue("Synthetic Elsewhere Room", TODAY)).json().get("id").asText();
            Instant nine = TODAY.plusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC);

            Api.Reply booked = book(api, walk, room, nine, nine.plus(2, ChronoUnit.HOURS));
            assertEquals(booked.toString(), 200, booked.status());
            assertEquals("Synthetic Meeting Room", booked.json().get("venueName").asText());
            assertEquals("urn:kintsugi:problem:venue-already-booked",
                    book(api, walk, room, nine.plus(1, ChronoUnit.HOURS), nine.plus(3, ChronoUnit.HOURS)).json().get("type").asText());
            assertEquals("back to back is not overlapping", 200,
                    book(api, walk, room, nine.plus(2, ChronoUnit.HOURS), nine.plus(3, ChronoUnit.HOURS)).status());
            JsonNode free = api.get(venues + "?freeFrom=" + nine + "&freeTo=" + nine.plus(1, ChronoUnit.HOURS),
                    walk.practitioner.token).json();
            assertEquals("the picker offers only what could be booked then", 0, free.size());
            JsonNode later = api.get(venues + "?freeFrom=" + nine.plus(3, ChronoUnit.HOURS) + "&freeTo="
                    + nine.plus(4, ChronoUnit.HOURS), walk.practitioner.token).json();
            assertEquals(1, later.size());
            assertEquals(room, later.get(0).get("id").asText());
            assertEquals("freeTo", api.get(venues + "?freeFrom=" + nine + "&freeTo=" + nine, walk.coordinator).json()
                    .get("errors").get(0).get("field").asText());
            assertEquals("freeFrom", api.get(venues + "?freeFrom=tomorrow&freeTo=" + nine, walk.coordinator).json()
                    .get("errors").get(0).get("field").asText());
            assertEquals("urn:kintsugi:problem:venue-check-expired",
                    book(api, walk, unchecked, nine, nine.plus(1, ChronoUnit.HOURS)).json().get("type").asText());
            Instant nextYear = TODAY.plusMonths(13).atTime(9, 0).toInstant(ZoneOffset.UTC);
            assertEquals("its check will have run out by then", "urn:kintsugi:problem:venue-check-expired",
                    book(api, walk, room, nextYear, nextYear.plus(1, ChronoUnit.HOURS)).json().get("type").asText());
            assertEquals("another region's venue does not exist for this case", 404,
                    book(api, walk, otherRoom, nine, nine.plus(1, ChronoUnit.HOURS)).status());
            assertEquals(400, book(api, walk, room, nine, nine.minus(1, ChronoUnit.HOURS)).status());
            assertEquals(400, book(api, walk, room, Instant.now().minusSeconds(60), nine).status());

            assertEquals(204, api.send("DELETE", "/api/modules/it-echo/bookings/" + booked.json().get("id").asText(),
                    walk.coordinator, null).status());
            assertEquals("released, the time is free again", 200, book(api, walk, room, nine, nine.plus(1, ChronoUnit.HOURS)).status());
            JsonNode standing = api.get("/api/venues/" + room + "/bookings", walk.coordinator).json();
            assertEquals(2, standing.size());
            assertEquals(403, api.get("/api/venues/" + room + "/bookings", walk.practitioner.token).status());

            Instant noon = TODAY.plusDays(8).atTime(12, 0).toInstant(ZoneOffset.UTC);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                List<CompletableFuture<Integer>> racing = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    racing.add(CompletableFuture.supplyAsync(() -> book(api, walk, room, noon, noon.plus(1, ChronoUnit.HOURS))
                            .status(), two));
                }
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<Integer> status : racing) {
                    statuses.add(status.get());
                }
                statuses.sort(Integer::compareTo);
                assertEquals("two racing bookings of one room: one wins", List.of(200, 409), statuses);
            } finally {
                two.shutdown();
            }
        } finally {
            module.uninstall();
        }
    }

    private static Api.Reply book(Api api, CaseWalk walk, String venueId, Instant start, Instant end) {
        return api.post("/api/modules/it-echo/bookings", walk.coordinator, "{\"caseId\":\"" + walk.caseId + "\",\"venueId\":\""
                + venueId + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"recordId\":\"meeting-1\"}");
    }

    private static String venue(String name, LocalDate checkedOn) {
        return "{\"name\":\"" + name + "\",\"address\":\"" + ADDRESS + "\",\"facilities\":[\"STEP_FREE_ACCESS\","
                + "\"SEPARATE_WAITING_ROOMS\"],\"neutralGround\":true" + (checkedOn == null ? "" : ",\"checkedOn\":\"" + checkedOn + "\"") + "}";
    }

    private String storedAddress(String venueId) throws Exception {
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("SELECT address_sealed FROM venue WHERE id = ?")) {
            s.setString(1, venueId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }
}
