package org.kintsugi.core.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ShellFilesTest {
    @Test
    void theRootIsTheShellPage() {
        assertEquals(Optional.of("shell/index.html"), ShellFiles.resource("/"));
        assertEquals(Optional.of("shell/index.html"), ShellFiles.resource(null));
        assertEquals(Optional.of("shell/messages/cy.json"), ShellFiles.resource("/messages/cy.json"));
        assertEquals("text/javascript; charset=utf-8", ShellFiles.type("shell/shell.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../META-INF/MANIFEST.MF", "/messages/../../x.js", "/org/kintsugi/Secret.class",
        "/%2e%2e/x.js", "/shell.js?x", "/UPPER.js", "/a//b.js", "/.hidden.js"})
    void nothingElseInTheBundleIsReachable(String path) {
        assertEquals(Optional.empty(), ShellFiles.resource(path));
    }
}
