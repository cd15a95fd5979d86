package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.annotation.security.PermitAll;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.spi.rest.ApiResource;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

/**
 * Walks every resource registered with the core, from any bundle, and calls each of its endpoints
 * without a token: all must answer 401, except the two that are public by design. A new endpoint
 * that forgets protection, or a new public one, fails this test.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EndpointProtectionIT extends KintsugiTestSupport {
    private static final Set<String> PUBLIC_BY_DESIGN = Set.of("POST /api/auth/login", "GET /api/health");

    @Test
    public void everyEndpointButLoginAndHealthNeedsAToken() throws Exception {
        Api api = api();
        List<Endpoint> endpoints = registeredEndpoints();
        assertTrue("expected the core's endpoints, found " + endpoints, endpoints.size() >= 6);
        Set<String> declaredPublic = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.isPublic) {
                declaredPublic.add(endpoint.method + " " + endpoint.template);
                continue;
            }
            Api.Reply reply = api.send(endpoint.method, endpoint.concretePath(), null,
                    "GET".equals(endpoint.method) || "DELETE".equals(endpoint.method) ? null : "{}");
            assertEquals(endpoint + " without a token: " + reply, 401, reply.status());
            Api.Reply forged = api.send(endpoint.method, endpoint.concretePath(), "forged-" + UUID.randomUUID(),
                    "GET".equals(endpoint.method) || "DELETE".equals(endpoint.method) ? null : "{}");
            assertEquals(endpoint + " with a forged token: " + forged, 401, forged.status());
        }
        assertEquals("the public endpoints", new TreeSet<>(PUBLIC_BY_DESIGN), declaredPublic);
    }

    private List<Endpoint> registeredEndpoints() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (ServiceReference<ApiResource> ref : bundleContext.getServiceReferences(ApiResource.class, null)) {
            Object module = ref.getProperty(ApiResource.MODULE);
            String base = module == null || ApiResource.CORE.equals(module) ? "/api" : "/api/modules/" + module;
            ApiResource resource = bundleContext.getService(ref);
            assertTrue("registered but cannot be activated: " + ref + " " + ref.getProperties(), resource != null);
            try {
                Class<?> type = resource.getClass();
                String classPath = segment(type.getAnnotation(Path.class));
                for (Method method : type.getMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        endpoints.add(new Endpoint(verb, base + classPath + segment(method.getAnnotation(Path.class)),
                                method.isAnnotationPresent(PermitAll.class)));
                    }
                }
            } finally {
                bundleContext.ungetService(ref);
            }
        }
        assertFalse(endpoints.isEmpty());
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String segment(Path path) {
        if (path == null || path.value().isEmpty() || "/".equals(path.value())) {
            return "";
        }
        String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static final class Endpoint {
        final String method;
        final String template;
        final boolean isPublic;

        Endpoint(String method, String template, boolean isPublic) {
            this.method = method;
            this.template = template;
            this.isPublic = isPublic;
        }

        /** Path parameters filled with a random id, which exists nowhere. */
        String concretePath() {
            return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }
}
