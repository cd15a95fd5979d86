package org.kintsugi.core.internal.cases;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kintsugi.core.internal.rest.JsonMapper;

/** A timeline entry's particulars, kept as a small JSON object of strings in {@code case_event.params}. */
final class TimelineParams {
    private static final ObjectMapper JSON = JsonMapper.create();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private TimelineParams() {
    }

    static String write(Map<String, ?> params) {
        if (params.isEmpty()) {
            return null;
        }
        Map<String, String> text = new LinkedHashMap<>();
        params.forEach((name, value) -> text.put(name, String.valueOf(value)));
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialise", e);
        }
    }

    /** Null for entries written without particulars (and before they were kept). */
    static Map<String, String> read(String params) {
        if (params == null) {
            return null;
        }
        try {
            return JSON.readValue(params, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case_event.params is not the JSON the platform wrote", e);
        }
    }
}
