package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Letter exchange's path through the API on a real case: review with redaction and the contact-details
 * check, the writer's consent, the person harmed's choice to receive, the core's contact gate, replies,
 * no-send letters, bad input, and two facilitators reviewing one letter at once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LetterExchangeIT extends KintsugiTestSupport {
    @Test
    public void aLetterGoesFromDraftToReadAndIsAnswered() throws Exception {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.toPreparation("INDIRECT_CONTACT");
        String text = "I am sorry for what I did. If you ever want to talk, ring 07700 900123.";
        String item = letters.draft(walk.responsible, text);
        JsonNode draft = letters.item(walk.practitioner.token, item);
        assertEquals("DRAFT", draft.get("state").asText());
        assertEquals("PERSON_HARMED", draft.get("recipientRole").asText());
        assertEquals("PHONE", draft.get("contactDetailFlags").get(0).get("kind").asText());

        assertNotNull(letters.actOk(item, "submit", null).get("reviewDueOn").asText(null));
        Api.Reply unchecked = letters.act(walk.practitioner.token, item, "approve", "{}");
        assertEquals(unchecked.toString(), "contact-details-flagged", Letters.type(unchecked));
        int phone = text.indexOf("07700");
        JsonNode approved = letters.actOk(item, "approve", "{\"redactions\":[{\"start\":" + phone + ",\"end\":" + (phone + 12) + "}]}");
        assertEquals("APPROVED", approved.get("state").asText());
        assertEquals(2, approved.get("approvedVersion").asInt());
        assertEquals("the original is kept for practitioners", text, approved.get("versions").get(0).get("text").asText());
        assertEquals("REDACTED", approved.get("versions").get(1).get("kind").asText());
        Api.Reply shown = letters.get(walk.practitioner.token, "/items/" + item + "/recipient-view");
        assertEquals("I am sorry for what I did. If you ever want to talk, ring [redacted].", shown.json().get("text").asText());
        assertFalse(shown.body().contains("07700") || shown.body().contains(walk.responsible));

        assertEquals("approved-text-changed", Letters.type(letters.act(walk.practitioner.token, item, "consent", "{\"approvedVersion\":1}")));
        assertEquals("CONSENTED", letters.actOk(item, "consent", "{\"approvedVersion\":2}").get("state").asText());
        assertEquals("the person harmed has not chosen to receive letters", "recipient-not-receiving",
                Letters.type(letters.act(walk.practitioner.token, item, "deliver", null)));
        letters.receive(true, false);
        Api.Reply early = letters.act(walk.practitioner.token, item, "deliver", null);
        assertEquals(early.toString(), "contact-before-delivery", Letters.type(early));
        walk.moveOk("DELIVERY");
        assertEquals("DELIVERED", letters.actOk(item, "deliver", null).get("state").asText());
        assertEquals("READ", letters.actOk(item, "read", null).get("state").asText());

        Api.Reply reply = letters.create(walk.practitioner.token, walk.harmed, "Thank you for writing to me.", false, item);
        assertEquals(reply.toString(), 201, reply.status());
        assertEquals("PERSON_RESPONSIBLE", reply.json().get("recipientRole").asText());
        String replyId = reply.json().get("id").asText();
        letters.readyToDeliver(replyId);
        assertEquals("DELIVERED", letters.actOk(replyId, "deliver", null).get("state").asText());
        String answer = letters.create(walk.practitioner.token, walk.responsible, "I understand.", false, replyId)
                .json().get("id").asText();
        letters.readyToDeliver(answer);
        assertEquals("replies are a choice of their own", "recipient-not-receiving",
                Letters.type(letters.act(walk.practitioner.token, answer, "deliver", null)));
        letters.receive(true, true);
        assertEquals("DELIVERED", letters.actOk(answer, "deliver", null).get("state").asText());

        String history = letters.item(walk.practitioner.token, item).get("history").toString();
        for (String action : new String[] {"CREATE", "SUBMIT", "APPROVE", "REDACT", "CONSENT", "DELIVER", "MARK_READ"}) {
            assertTrue(action + " in " + history, history.contains("\"" + action + "\""));
        }
        assertTrue("in the order they happened", history.indexOf("\"APPROVE\"") < history.indexOf("\"REDACT\"")
                && history.indexOf("\"REDACT\"") < history.indexOf("\"CONSENT\""));
        assertEquals(3, letters.get(walk.coordinator, "/cases/" + walk.caseId + "/items?list=DELIVERED").json().size());
        assertEquals("every step audited, refusals too, under the module and the practitioner",
                List.of("POST /modules/letter-exchange/items/{id}/submit 200", "POST /modules/letter-exchange/items/{id}/approve 409",
                        "POST /modules/letter-exchange/items/{id}/approve 200", "POST /modules/letter-exchange/items/{id}/consent 409",
                        "POST /modules/letter-exchange/items/{id}/consent 200", "POST /modules/letter-exchange/items/{id}/deliver 409",
                        "POST /modules/letter-exchange/items/{id}/deliver 409", "POST /modules/letter-exchange/items/{id}/deliver 200",
                        "POST /modules/letter-exchange/items/{id}/read 200"),
                audited(item, walk.practitioner.id));
    }

    private List<String> audited(String item, String actorId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (java.sql.Connection c = TestDatabase.connect(bundleContext);
             java.sql.PreparedStatement q = c.prepareStatement("SELECT action, outcome FROM audit_event WHERE module = "
                     + "'letter-exchange' AND record_id = ? AND actor_id = ? AND action LIKE 'POST %' ORDER BY seq")) {
            q.setString(1, "id=" + item);
            q.setString(2, actorId);
            try (java.sql.ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2));
                }
            }
        }
        return rows;
    }

    @Test
    public void aLetterCannotBeDeliveredBeforeBothAssessmentsAreSignedOff() {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.toAssessment();
        walk.assessFully(walk.practitioner.token, walk.harmed, false, "STRONG");
        walk.assessFully(walk.practitioner.token, walk.responsible, true, "ADEQUATE");
        letters.receive(true, true);
        String item = letters.draft(walk.responsible, "A synthetic letter written during assessment.");
        letters.readyToDeliver(item);
        for (String signed : new String[] {null, walk.harmed}) {
            if (signed != null) {
                assertEquals(200, walk.assessment(walk.supervisor.token, signed, "sign-off").status());
            }
            Api.Reply refused = letters.act(walk.practitioner.token, item, "deliver", null);
            assertEquals(refused.toString(), 409, refused.status());
            assertTrue(refused.toString(), refused.json().get("detail").asText().contains("[assessment-not-signed-off]"));
            JsonNode unchanged = letters.item(walk.practitioner.token, item);
            assertEquals("CONSENTED", unchanged.get("state").asText());
            assertFalse("never delivered", unchanged.has("deliveredAt"));
        }
    }

    @Test
    public void aNoSendLetterIsReviewedAndKeptButNeverDelivered() {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.allocate(walk.practitioner);
        Api.Reply created = letters.create(walk.practitioner.token, walk.harmed,
                "A letter I will never send. I still live near 12 Acacia Avenue.", true, null);
        assertEquals(created.toString(), 201, created.status());
        String item = created.json().get("id").asText();
        assertFalse("nobody receives it", created.json().has("recipientRole"));
        letters.actOk(item, "submit", null);
        assertEquals("KEPT", letters.actOk(item, "approve", "{}").get("state").asText());
        assertEquals("item-not-approved", Letters.type(letters.act(walk.practitioner.token, item, "consent", "{\"approvedVersion\":1}")));
        assertEquals("no-send", Letters.type(letters.act(walk.practitioner.token, item, "deliver", null)));
        assertEquals(409, letters.get(walk.practitioner.token, "/items/" + item + "/recipient-view").status());
    }

    @Test
    public void badInputIsRefusedAndChangesNothing() {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.allocate(walk.practitioner);
        String token = walk.practitioner.token;
        assertEquals("text", field(letters.create(token, walk.harmed, "   ", false, null)));
        assertEquals("text", field(letters.create(token, walk.harmed, "x".repeat(20_001), false, null)));
        assertEquals("writerParticipantId", field(letters.create(token, "no-such-participant", "Hello", false, null)));
        assertEquals("inReplyTo", field(letters.create(token, walk.harmed, "Hello", false, "no-such-item")));
        assertEquals(404, api.post(Letters.BASE + "/cases/no-such-case/items", token,
                "{\"kind\":\"LETTER\",\"writerParticipantId\":\"x\",\"text\":\"Hello\"}").status());
        assertEquals(404, letters.act(token, "no-such-item", "submit", null).status());
        assertEquals("list", field(letters.get(token, "/items?list=EVERYTHING")));

        String item = letters.draft(walk.harmed, "A synthetic letter of twelve words or so, for the test.");
        assertEquals("item-not-ready", Letters.type(letters.act(token, item, "deliver", null)));
        letters.actOk(item, "submit", null);
        assertEquals("redactions[0]", field(letters.act(token, item, "approve", "{\"redactions\":[{\"start\":5,\"end\":900}]}")));
        assertEquals("note", field(letters.act(token, item, "return", "{}")));
        assertEquals("item-not-editable", Letters.type(api.send("PUT", Letters.BASE + "/items/" + item + "/text", token,
                "{\"text\":\"changed while under review\"}")));
        JsonNode unchanged = letters.item(token, item);
        assertEquals("SUBMITTED", unchanged.get("state").asText());
        assertEquals(1, unchanged.get("versions").size());
        assertEquals("only the valid letter exists", 1,
                letters.get(token, "/cases/" + walk.caseId + "/items").json().size());
    }

    @Test
    public void twoFacilitatorsReviewingOneLetterAtOnceCannotBothWin() throws Exception {
        Api api = api();
        Letters letters = Letters.onNewCase(api, adminToken(api));
        CaseWalk walk = letters.walk;
        walk.allocate(walk.practitioner);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String item = letters.draft(walk.harmed, "Synthetic letter for concurrent review, round " + round + ".");
                letters.actOk(item, "submit", null);
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Api.Reply>> reviews = List.of(
                    () -> { start.await(); return letters.act(walk.practitioner.token, item, "approve", "{}"); },
                    () -> { start.await(); return letters.act(walk.supervisor.token, item, "return", "{\"note\":\"Please soften the ending.\"}"); });
                List<Future<Api.Reply>> answers = new ArrayList<>();
                reviews.forEach(r -> answers.add(pool.submit(r)));
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Reply> answer : answers) {
                    Api.Reply reply = answer.get();
                    statuses.add(reply.status());
                    if (reply.status() == 409) {
                        assertEquals("item-not-awaiting-review", Letters.type(reply));
                    }
                }
                statuses.sort(null);
                assertEquals("round " + round, List.of(200, 409), statuses);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String field(Api.Reply reply) {
        assertEquals(reply.toString(), 400, reply.status());
        return reply.json().get("errors").get(0).get("field").asText();
    }
}
