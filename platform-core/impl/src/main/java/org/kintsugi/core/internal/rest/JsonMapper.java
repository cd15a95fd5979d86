package org.kintsugi.core.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.kintsugi.core.internal.rest.input.StorableTextModule;

/** JSON as the API speaks it: ISO-8601 instants, no nulls, and strict input. */
public final class JsonMapper {
    private JsonMapper() {
    }

    public static ObjectMapper create() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                // A misspelt field must be an error, not silently dropped data.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * For the API's bodies. Requests: every string is one the database can store ({@link StorableTextModule}).
     * Responses: the generator does not flush the response itself, so a body that fits Jetty's buffer goes out
     * with the headers in one write and a Content-Length, rather than chunked in two.
     */
    public static ObjectMapper forApi() {
        ObjectMapper mapper = create().registerModule(new StorableTextModule());
        mapper.getFactory().disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        return mapper;
    }
}
