package org.kintsugi.core.internal.rest.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.internal.rest.JsonMapper;

class StorableTextModuleTest {
    private final ObjectMapper json = JsonMapper.forApi();

    @Test
    void aNulAnywhereInABodyIsRefusedWithItsPath() {
        assertEquals("name", refused("{\"name\":\"a\\u0000b\"}"));
        assertEquals("items.1", refused("{\"items\":[\"ok\",\"a\\u0000\"]}"));
        assertEquals("nested.notes", refused("{\"nested\":{\"notes\":\"\\u0000\"}}"));
        assertEquals("byKey", refused("{\"byKey\":{\"k\\u0000\":\"v\"}}"));
        assertEquals("byKey.k", refused("{\"byKey\":{\"k\":\"\\u0000\"}}"));
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsKept() throws Exception {
        assertEquals("name", refused("{\"name\":\"\\ud800\"}"));
        assertEquals("name", refused("{\"name\":\"\\udc00x\"}"));
        assertEquals("\ud83c\udf3f", json.readValue("{\"name\":\"\\ud83c\\udf3f\"}", Body.class).name);
    }

    @Test
    void storableTextIsWhatPostgresqlTakes() {
        assertTrue(StorableText.storable("Synthetic text, with Welsh ŵ and ŷ"));
        assertTrue(StorableText.storable(null));
        assertFalse(StorableText.storable("\u0000"));
        assertFalse(StorableText.storable("end\ud800"));
    }

    private String refused(String body) {
        UnstorableTextException e = assertThrows(UnstorableTextException.class, () -> json.readValue(body, Body.class));
        return String.join(".", e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex())).toList());
    }

    public static final class Body {
        public String name;
        public List<String> items;
        public Nested nested;
        public Map<String, String> byKey;
    }

    public static final class Nested {
        public String notes;
    }
}
