package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A withdrawal, halt or pause holds every letter not yet delivered, in the same transaction as the
 * case's change; resuming releases nothing, and a facilitator releases held letters one by one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LetterHoldsIT extends KintsugiTestSupport {
    private static final String WITHDRAW = "{\"onBehalfOf\":\"%s\",\"reason\":\"Synthetic: wishes to stop\","
            + "\"tellOtherParty\":\"The process has ended.\"}";

    private static CaseWalk readyCase(Api api) {
        CaseWalk walk = Letters.onNewCase(api, api.login("admin", ADMIN_PASSWORD)).walk;
        walk.toPreparation("INDIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        new Letters(walk).receive(true, true);
        return walk;
    }

    @Test
    public void aWithdrawalHoldsEveryUndeliveredLetterInItsOwnTransaction() throws Exception {
        Api api = api();
        CaseWalk walk = readyCase(api);
        Letters letters = new Letters(walk);
        String delivered = letters.draft(walk.responsible, "A synthetic letter already delivered.");
        letters.readyToDeliver(delivered);
        letters.actOk(delivered, "deliver", null);
        String consented = letters.draft(walk.responsible, "A synthetic letter ready to go.");
        letters.readyToDeliver(consented);
        String submitted = letters.draft(walk.harmed, "A synthetic letter awaiting review.");
        letters.actOk(submitted, "submit", null);
        String drafted = letters.draft(walk.harmed, "A synthetic draft.");
        String withdrawal = String.format(WITHDRAW, walk.harmed);

        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
            // Test setup: the withdrawal's audit row is refused, after the module has held its letters.
            s.execute("CREATE FUNCTION it_refuse_withdrawal_audit() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$");
            s.execute("CREATE TRIGGER it_refuse_withdrawal_audit BEFORE INSERT ON audit_event FOR EACH ROW "
                    + "WHEN (NEW.record_id = 'id=" + walk.caseId + "' AND NEW.action LIKE '%/withdraw') "
                    + "EXECUTE FUNCTION it_refuse_withdrawal_audit()");
        }
        Api.Reply failed;
        try {
            failed = letters.hold("withdraw", withdrawal);
        } finally {
            try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER it_refuse_withdrawal_audit ON audit_event");
                s.execute("DROP FUNCTION it_refuse_withdrawal_audit()");
            }
        }
        assertEquals(failed.toString(), 500, failed.status());
        assertEquals("NONE", api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("hold").asText());
        assertFalse("the holding was undone with the withdrawal", letters.item(walk.practitioner.token, consented).get("held").asBoolean());

        assertEquals("WITHDRAWN", letters.hold("withdraw", withdrawal).json().get("hold").asText());
        for (String item : new String[] {consented, submitted, drafted}) {
            JsonNode held = letters.item(walk.practitioner.token, item);
            assertTrue(item, held.get("held").asBoolean());
            assertEquals("WITHDRAWN", held.get("heldBecause").asText());
        }
        JsonNode gone = letters.item(walk.practitioner.token, delivered);
        assertFalse(gone.get("held").asBoolean());
        assertEquals("DELIVERED", gone.get("state").asText());
        assertEquals("item-held", Letters.type(letters.act(walk.practitioner.token, consented, "deliver", null)));
        assertEquals("case-on-hold", Letters.type(letters.act(walk.practitioner.token, consented, "release", null)));
        assertEquals(3, letters.get(walk.practitioner.token, "/cases/" + walk.caseId + "/items?list=HELD").json().size());
        assertEquals("the writer may still withdraw a held letter", "WITHDRAWN",
                letters.actOk(drafted, "withdraw", "{\"note\":\"Synthetic: changed their mind\"}").get("state").asText());
    }

    @Test
    public void resumingReleasesNothingAndHeldLettersAreReleasedOneByOne() {
        Api api = api();
        CaseWalk walk = readyCase(api);
        Letters letters = new Letters(walk);
        String first = letters.draft(walk.responsible, "First synthetic letter.");
        letters.readyToDeliver(first);
        String second = letters.draft(walk.responsible, "Second synthetic letter.");
        letters.readyToDeliver(second);

        assertEquals("PAUSED", letters.hold("pause", "{}").json().get("hold").asText());
        assertEquals("PAUSED", letters.item(walk.practitioner.token, first).get("heldBecause").asText());
        assertEquals("case-on-hold", Letters.type(letters.create(walk.practitioner.token, walk.harmed, "New while paused", false, null)));
        assertEquals("case-on-hold", Letters.type(letters.act(walk.practitioner.token, first, "release", null)));

        assertEquals("NONE", letters.hold("resume", "{}").json().get("hold").asText());
        assertTrue("resume releases nothing", letters.item(walk.practitioner.token, first).get("held").asBoolean());
        assertEquals("item-held", Letters.type(letters.act(walk.practitioner.token, first, "deliver", null)));
        JsonNode released = letters.actOk(first, "release", null);
        assertFalse(released.get("held").asBoolean());
        assertEquals("CONSENTED", released.get("state").asText());
        assertEquals("DELIVERED", letters.actOk(first, "deliver", null).get("state").asText());
        assertEquals("item-held", Letters.type(letters.act(walk.practitioner.token, second, "deliver", null)));
        assertEquals("item-not-held", Letters.type(letters.act(walk.practitioner.token, first, "release", null)));

        assertEquals("HALTED", letters.hold("halt", "{\"reason\":\"Synthetic safety concern\"}").json().get("hold").asText());
        assertEquals("HALTED", letters.item(walk.practitioner.token, second).get("heldBecause").asText());
    }
}
