package org.kintsugi.core.internal.rest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuthenticationFilterTest {
    @Test
    void bearerTokensAreTakenFromTheHeader() {
        assertEquals("abc", AuthenticationFilter.bearerToken("Bearer abc"));
        assertEquals("abc", AuthenticationFilter.bearerToken("bearer  abc "));
    }

    @Test
    void anythingElseIsNoToken() {
        assertNull(AuthenticationFilter.bearerToken(null));
        assertNull(AuthenticationFilter.bearerToken("Basic YWRtaW46YWRtaW4="));
        assertNull(AuthenticationFilter.bearerToken("Bearer "));
        assertNull(AuthenticationFilter.bearerToken("Bearer " + "x".repeat(201)));
    }
}
