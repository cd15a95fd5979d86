package org.kintsugi.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class ApiPathsTest {
    @Path("/cases/")
    static class Cases {
        @GET
        public void list() {
        }

        @POST
        @Path("{id}/withdraw")
        public void withdraw() {
        }

        public void helper() {
        }
    }

    @Test
    void modulesLiveUnderModulesTheCoreAtTheRoot() {
        assertEquals("/", ApiPaths.base("core"));
        assertEquals("", ApiPaths.prefix("core"));
        assertEquals("/modules/letter-exchange", ApiPaths.base("letter-exchange"));
        assertThrows(IllegalArgumentException.class, () -> ApiPaths.base("../admin"));
        assertThrows(IllegalArgumentException.class, () -> ApiPaths.base("Letters"));
    }

    @Test
    void templatesJoinClassAndMethodPaths() throws Exception {
        assertEquals("/cases", ApiPaths.template(Cases.class, Cases.class.getMethod("list")));
        assertEquals("/cases/{id}/withdraw", ApiPaths.template(Cases.class, Cases.class.getMethod("withdraw")));
        assertEquals("GET", ApiPaths.httpMethod(Cases.class.getMethod("list")));
        assertNull(ApiPaths.httpMethod(Cases.class.getMethod("helper")));
    }
}
