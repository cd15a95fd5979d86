package org.kintsugi.core.http.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {
    @Test
    void aBadMessageIsAnsweredInTheApisShapeWithItsContentType() {
        HttpFields fields = new HttpFields();
        ByteBuffer body = new ProblemErrorHandler().badMessageError(431, "Request Header Fields Too Large", fields);
        String json = StandardCharsets.UTF_8.decode(body).toString();
        assertEquals("application/problem+json", fields.get("Content-Type"));
        assertEquals("no-store", fields.get("Cache-Control"));
        assertTrue(json.startsWith("{\"type\":\"urn:kintsugi:problem:header-too-large\",\"title\":\"Request Header Fields Too Large\",\"status\":431,"), json);
    }

    @Test
    void everyMethodGetsABodyNotOnlyGetPostAndHead() {
        assertTrue(new ProblemErrorHandler().errorPageForMethod("TRACE"));
        assertTrue(new ProblemErrorHandler().errorPageForMethod("BREW"));
    }

    @Test
    void controlCharactersAndQuotesAreEscaped() {
        assertEquals("a\\\"b\\\\c\\u0000d\\u001f", ProblemJson.escape("a\"b\\c\u0000d\u001f"));
    }

    @Test
    void unknownStatusesFallBackByClass() {
        assertEquals("internal", ProblemJson.type(599));
        assertEquals("bad-request", ProblemJson.type(418));
    }
}
