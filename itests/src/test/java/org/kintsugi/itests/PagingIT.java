package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Every paged list has a total order: rows that share their sort key (created in the same instant, due on
 * the same day) still fall on exactly one page each. The rows are given one timestamp in the database,
 * then each list is read page by page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PagingIT extends KintsugiTestSupport {
    private static final int PAGE = 4;

    @Test
    public void rowsWithTheSameSortKeyFallOnExactlyOnePage() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Letters letters = Letters.onNewCase(api, admin);
        CaseWalk walk = letters.walk;
        walk.allocate(walk.practitioner);
        for (int i = 0; i < 15; i++) {
            Fixtures.openCase(api, walk.coordinator, walk.region);
        }
        for (int i = 0; i < 6; i++) {
            api.post("/api/referrals", walk.coordinator, Fixtures.referral(walk.region, "VIOLENCE"));
        }
        for (int i = 0; i < 11; i++) {
            letters.draft(walk.harmed, "Synthetic draft number " + i + ".");
        }
        sameInstant("UPDATE referral SET created_at = TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00+00' WHERE region_code = ?", walk.region);
        sameInstant("UPDATE rj_case SET opened_at = TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00+00', "
                + "next_due_on = DATE '2026-03-09' WHERE region_code = ?", walk.region);
        sameInstant("UPDATE case_task SET due_on = DATE '2026-03-09' WHERE case_id IN (SELECT id FROM rj_case WHERE region_code = ?)",
                walk.region);
        sameInstant("UPDATE lx_item SET created_at = TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00+00' WHERE case_id = ?",
                walk.caseId);

        String region = "&region=" + walk.region;
        assertPagedOnce(api, walk.coordinator, "/api/referrals?", "id", 22);
        for (String sort : new String[] {"NEWEST", "OLDEST", "DUE"}) {
            assertPagedOnce(api, walk.coordinator, "/api/cases?sort=" + sort + region + "&", "id", 16);
        }
        assertPagedOnce(api, walk.coordinator, "/api/tasks/overdue?", "taskId", 16);
        assertPagedOnce(api, walk.practitioner.token, Letters.BASE + "/items?list=ALL&", "id", 11);
    }

    /** Reads the list page by page and expects each of its {@code expected} rows exactly once. */
    private static void assertPagedOnce(Api api, String token, String list, String idField, int expected) {
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < expected + PAGE; offset += PAGE) {
            Api.Reply page = api.get(list + "limit=" + PAGE + "&offset=" + offset, token);
            assertEquals(page.toString(), 200, page.status());
            for (JsonNode row : page.json()) {
                seen.add(row.get(idField).asText());
            }
        }
        Set<String> distinct = new HashSet<>(seen);
        assertEquals(list + " repeated a row across pages: " + seen, seen.size(), distinct.size());
        assertEquals(list + " skipped a row", expected, distinct.size());
        assertTrue(list, !seen.isEmpty());
    }

    private void sameInstant(String sql, String parameter) throws SQLException {
        try (Connection c = TestDatabase.connect(bundleContext); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            assertTrue(sql, s.executeUpdate() > 0);
        }
    }
}
