package org.kintsugi.core.web.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShellErrorsTest {
    @Test
    void anErrorOfTheShellIsProblemJsonWithItsStatus() {
        String body = ShellErrors.ProblemAnswers.body(404);
        assertTrue(body.startsWith("{\"type\":\"urn:kintsugi:problem:not-found\",\"title\":\"Not found\",\"status\":404,"), body);
        assertTrue(ShellErrors.ProblemAnswers.body(405).contains("method-not-allowed"));
        assertTrue(ShellErrors.ProblemAnswers.body(501).contains("not-implemented"));
        assertTrue(ShellErrors.ProblemAnswers.body(503).contains("problem:internal"));
    }
}
