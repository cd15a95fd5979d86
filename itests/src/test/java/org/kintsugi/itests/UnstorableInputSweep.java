package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends a NUL, which PostgreSQL cannot store, in every string field of every request body and in every
 * query parameter of every endpoint the platform describes (core and installed modules, from its OpenAPI
 * document), one at a time, and expects each refused with 400 problem+json naming that field. A new
 * endpoint or field is swept without anyone adding it here.
 */
final class UnstorableInputSweep {
    static final String NUL = "a\u0000b";
    /** Any id: the body and the query are checked before a record is looked up. */
    private static final String ANY_ID = "00000000-0000-4000-8000-000000000000";
    /** Map keys the core's maps take (assessment factors); a plain word for the others. */
    private static final List<String> MAP_KEYS = List.of("RESILIENCE", "key");

    private final Api api;
    private final String token;
    private final JsonNode schemas;
    int tried;

    UnstorableInputSweep(Api api, String token, JsonNode openApi) {
        this.api = api;
        this.token = token;
        this.schemas = openApi.path("components").path("schemas");
    }

    /** Every (method, path) of the document swept; returns how many requests were refused as they should be. */
    int sweep(JsonNode openApi) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = "/api" + path.getKey().replaceAll("\\{[^}]+}", ANY_ID);
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())) {
                        query(method, concrete, parameter.get("name").asText());
                    }
                }
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (!body.isMissingNode()) {
                    List<Leaf> leaves = new ArrayList<>();
                    stringLeaves(body, new ArrayList<>(), leaves, 0);
                    leaves.forEach(leaf -> body(method, concrete, leaf));
                }
            }
        }
        return tried;
    }

    /** Every query parameter, whatever its type, is checked at the door: refused for its character. */
    private void query(String method, String path, String name) {
        Api.Reply reply = api.send(method, path + "?" + name + "=%00", token, "GET".equals(method) ? null : "{}");
        refused(reply, name, true);
    }

    private void body(String method, String path, Leaf leaf) {
        for (String key : leaf.path.contains("*") ? MAP_KEYS : List.of("")) {
            List<String> concrete = new ArrayList<>(leaf.path);
            concrete.replaceAll(part -> "*".equals(part) ? key : part);
            Api.Reply reply = api.send(method, path, token, nest(concrete).toString());
            String field = String.join(".", concrete);
            String reported = reply.status() == 400 ? reply.json().path("errors").path(0).path("field").asText() : "";
            if (leaf.path.contains("*") && !reported.equals(field) && !key.equals(MAP_KEYS.get(MAP_KEYS.size() - 1))) {
                continue; // the map did not take this key; try the next
            }
            refused(reply, field, leaf.plain);
            return;
        }
    }

    /** Refused, naming the field; a plain text field for its character, an enum, number or date for its type. */
    private void refused(Api.Reply reply, String field, boolean plain) {
        tried++;
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(reply.toString(), "application/problem+json", reply.header("Content-Type"));
        JsonNode error = reply.json().path("errors").path(0);
        assertEquals(reply.toString(), field, error.path("field").asText());
        String code = error.path("code").asText();
        assertTrue(reply.toString(), plain ? "unstorable-character".equals(code)
                : "unstorable-character".equals(code) || "wrong-type".equals(code));
    }

    private static boolean plain(JsonNode schema) {
        return "string".equals(schema.path("type").asText()) && !schema.has("enum") && !schema.has("format");
    }

    /** Where a string sits in a body, and whether any text is allowed there. */
    private static final class Leaf {
        final List<String> path;
        final boolean plain;

        Leaf(List<String> path, boolean plain) {
            this.path = path;
            this.plain = plain;
        }
    }

    /** {@code ["a", "0", "b"]} as {@code {"a": [{"b": NUL}]}}. */
    private static JsonNode nest(List<String> path) {
        ObjectNode root = Fixtures.JSON.createObjectNode();
        JsonNode node = root;
        for (int i = 0; i < path.size(); i++) {
            String part = path.get(i);
            boolean last = i == path.size() - 1;
            boolean nextIsIndex = !last && path.get(i + 1).matches("\\d+");
            if (node instanceof ArrayNode) {
                node = last ? ((ArrayNode) node).add(NUL) : nextIsIndex ? ((ArrayNode) node).addArray() : ((ArrayNode) node).addObject();
            } else if (last) {
                ((ObjectNode) node).put(part, NUL);
            } else {
                node = nextIsIndex ? ((ObjectNode) node).putArray(part) : ((ObjectNode) node).putObject(part);
            }
        }
        return root;
    }

    /** Paths to every string in a schema: "*" for a map's key, "0" for a list's first item. */
    private void stringLeaves(JsonNode schema, List<String> at, List<Leaf> leaves, int depth) {
        if (depth > 6) {
            return;
        }
        JsonNode resolved = schema.has("$ref") ? schemas.path(schema.get("$ref").asText().replace("#/components/schemas/", "")) : schema;
        String type = resolved.path("type").asText();
        if ("string".equals(type)) {
            if (!at.isEmpty()) {
                leaves.add(new Leaf(at, plain(resolved)));
            }
        } else if ("array".equals(type)) {
            stringLeaves(resolved.path("items"), with(at, "0"), leaves, depth + 1);
        } else if (resolved.has("properties")) {
            resolved.get("properties").fields().forEachRemaining(p -> stringLeaves(p.getValue(), with(at, p.getKey()), leaves, depth + 1));
        } else if (resolved.has("additionalProperties") && resolved.get("additionalProperties").isObject()) {
            stringLeaves(resolved.get("additionalProperties"), with(at, "*"), leaves, depth + 1);
        }
    }

    private static List<String> with(List<String> at, String part) {
        List<String> next = new ArrayList<>(at);
        next.add(part);
        return next;
    }
}
