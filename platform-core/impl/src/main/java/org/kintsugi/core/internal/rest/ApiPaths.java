package org.kintsugi.core.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.regex.Pattern;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.kintsugi.core.spi.rest.ApiResource;

/** Where each module's resources live under {@code /api}, and the path template of a resource method. */
public final class ApiPaths {
    /** Where the API servlet is registered. */
    public static final String ROOT = "/api";
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    private ApiPaths() {
    }

    /** {@code /} for the core, {@code /modules/<id>} for a module. */
    public static String base(String module) {
        if (ApiResource.CORE.equals(module)) {
            return "/";
        }
        if (!MODULE_ID.matcher(module).matches()) {
            throw new IllegalArgumentException("Module id must be lower-case letters, digits and hyphens: " + module);
        }
        return "/modules/" + module;
    }

    /** The prefix to put before a resource template: empty for the core. */
    public static String prefix(String module) {
        String base = base(module);
        return "/".equals(base) ? "" : base;
    }

    /**
     * 201 Created with {@code Location: /api/<path>}. A relative reference is a valid Location, and CXF's
     * own {@code Response.created} rebuilds and re-validates the absolute URI on every create.
     */
    public static Response.ResponseBuilder created(String path) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, ROOT + "/" + path);
    }

    /** The template of a resource method relative to its module, e.g. {@code /cases/{id}}. */
    public static String template(Class<?> resourceClass, Method method) {
        String joined = segment(resourceClass.getAnnotation(Path.class)) + segment(method.getAnnotation(Path.class));
        return joined.isEmpty() ? "/" : joined;
    }

    /** The HTTP method of a resource method, or null when it is not one. */
    public static String httpMethod(Method method) {
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
}
