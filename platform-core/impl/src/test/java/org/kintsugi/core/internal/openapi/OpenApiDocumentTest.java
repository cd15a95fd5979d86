package org.kintsugi.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.POST;
import javax.ws.rs.Path;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.spi.rest.ApiResource;

class OpenApiDocumentTest {
    @Test
    void aRequestAndAViewOfTheSameSimpleNameKeepTheirOwnSchemas() {
        OpenAPI document = OpenApiDocument.build(Map.of(ApiResource.CORE, List.of(new TwoRisks())), "test");
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Schema<?> request = schemas.get("OpenApiDocumentTest.Requests.Risk");
        Schema<?> view = schemas.get("OpenApiDocumentTest.Views.Risk");
        assertEquals(Set.of("information"), request.getProperties().keySet());
        assertEquals(Set.of("recordedBy"), view.getProperties().keySet());
        String body = document.getPaths().get("/risks").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref();
        assertTrue(body.endsWith("/OpenApiDocumentTest.Requests.Risk"), body);
    }

    @Path("risks")
    public static class TwoRisks {
        @POST
        @javax.ws.rs.Consumes("application/json")
        @javax.ws.rs.Produces("application/json")
        public Views.Risk record(Requests.Risk body) {
            return new Views.Risk();
        }
    }

    public static final class Requests {
        public static final class Risk {
            public String information;
        }
    }

    public static final class Views {
        public static final class Risk {
            public String recordedBy;
        }
    }
}
