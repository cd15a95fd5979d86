package org.kintsugi.itests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which of the endpoints the running platform describes (its OpenAPI document: core and every installed
 * module) a test's requests reached. A new endpoint that a journey does not touch is named, not missed.
 */
final class EndpointCoverage {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private EndpointCoverage() {
    }

    /** "METHOD /template" of every described endpoint that no answer in {@code answers} came from. */
    static Set<String> untouched(JsonNode openApi, List<Api.Reply> answers) {
        Set<String> untouched = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = pattern("/api" + path.getKey());
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (METHODS.contains(method) && answers.stream().noneMatch(
                        a -> a.method().equalsIgnoreCase(method) && pattern.matcher(a.path()).matches())) {
                    untouched.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return untouched;
    }

    /** Every answer that was a server error: none is acceptable on any database. */
    static List<String> serverErrors(List<Api.Reply> answers) {
        List<String> errors = new ArrayList<>();
        answers.stream().filter(a -> a.status() >= 500).forEach(a -> errors.add(a.toString()));
        return errors;
    }

    /** A path template such as {@code /api/cases/{id}} as a pattern matching one segment per parameter. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
