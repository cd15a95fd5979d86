package org.kintsugi.core.internal.rest.server;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContextLoaderResolverTest {
    private final ContextLoaderResolver resolver = new ContextLoaderResolver();
    private final ClassLoader original = Thread.currentThread().getContextClassLoader();

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(original);
    }

    @Test
    void answersCxfsQuestionWithTheLoaderTheThreadAlreadyHas() {
        ClassLoader given = new URLClassLoader(new URL[0], null);
        Thread.currentThread().setContextClassLoader(given);
        assertSame(given, resolver.resolve("", ClassLoader.class));
    }

    @Test
    void withoutAContextLoaderLeavesCxfToItsOwnResolvers() {
        Thread.currentThread().setContextClassLoader(null);
        assertNull(resolver.resolve("", ClassLoader.class));
    }

    @Test
    void answersNothingElse() {
        assertNull(resolver.resolve("", String.class));
        assertNull(resolver.resolve("META-INF/cxf/bus-extensions.txt", ClassLoader.class));
        assertNull(resolver.getAsStream(""));
    }
}
