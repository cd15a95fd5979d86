package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The letter-exchange module's API, as a facilitator's screens call it, for one walked case. */
final class Letters {
    static final String BASE = "/api/modules/letter-exchange";

    final CaseWalk walk;

    Letters(CaseWalk walk) {
        this.walk = walk;
    }

    /** A new case in a new region that offers letter exchange. */
    static Letters onNewCase(Api api, String admin) {
        CaseWalk walk = new CaseWalk(api, admin);
        enable(api, admin, walk.region, true);
        return new Letters(walk);
    }

    /** Offers letter exchange in the case's region, as its hub administrator would. */
    static void enable(Api api, String admin, String region, boolean enabled) {
        Api.Reply reply = api.send("PUT", "/api/regions/" + region + "/modules/letter-exchange", admin,
                "{\"enabled\":" + enabled + "}");
        assertEquals(reply.toString(), 204, reply.status());
    }

    Api.Reply create(String token, String writer, String text, boolean noSend, String inReplyTo) {
        ObjectNode body = Fixtures.JSON.createObjectNode().put("kind", "LETTER").put("writerParticipantId", writer)
                .put("text", text).put("noSend", noSend);
        if (inReplyTo != null) {
            body.put("inReplyTo", inReplyTo);
        }
        return walk.api.post(BASE + "/cases/" + walk.caseId + "/items", token, body.toString());
    }

    /** A new letter from {@code writer}, written by the case's practitioner; its id. */
    String draft(String writer, String text) {
        Api.Reply created = create(walk.practitioner.token, writer, text, false, null);
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    Api.Reply act(String token, String item, String action, String json) {
        return walk.api.post(BASE + "/items/" + item + "/" + action, token, json);
    }

    JsonNode actOk(String item, String action, String json) {
        Api.Reply reply = act(walk.practitioner.token, item, action, json);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** Submitted, approved as it is, consented to: ready to deliver. */
    void readyToDeliver(String item) {
        actOk(item, "submit", null);
        JsonNode approved = actOk(item, "approve", "{}");
        actOk(item, "consent", "{\"approvedVersion\":" + approved.get("approvedVersion").asInt() + "}");
    }

    JsonNode item(String token, String item) {
        Api.Reply reply = walk.api.get(BASE + "/items/" + item, token);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    Api.Reply get(String token, String path) {
        return walk.api.get(BASE + path, token);
    }

    void receive(boolean letters, boolean replies) {
        Api.Reply set = walk.api.send("PUT", BASE + "/cases/" + walk.caseId + "/preferences", walk.practitioner.token,
                "{\"receivesLetters\":" + letters + ",\"receivesReplies\":" + replies + "}");
        assertEquals(set.toString(), 200, set.status());
    }

    Api.Reply hold(String action, String json) {
        return walk.api.post("/api/cases/" + walk.caseId + "/" + action, walk.coordinator, json);
    }

    static String type(Api.Reply reply) {
        return reply.json().get("type").asText().replace("urn:kintsugi:problem:", "");
    }
}
