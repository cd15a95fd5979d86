package org.kintsugi.core.internal.rest.pipeline;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.rest.ApiPaths;

/**
 * What a request's audit row says: who, which operation (the path template, never the body), which record,
 * from where, and the status answered. Nothing here writes.
 */
final class AuditRecords {
    /** Compiled once: every audited request strips its module prefix. */
    private static final Pattern MODULE_PREFIX = Pattern.compile("^/modules/[^/]+");

    private final ApiServices services;
    private final String module;

    AuditRecords(ApiServices services, String module) {
        this.services = services;
        this.module = module;
    }

    AuditRecord of(ContainerRequestContext request, int status, ResourceInfo resource, HttpServletRequest servletRequest) {
        Caller caller = request.getSecurityContext().getUserPrincipal() instanceof Caller
                ? (Caller) request.getSecurityContext().getUserPrincipal() : null;
        String template = template(resource);
        return new AuditRecord(caller, request.getMethod() + " " + template, module,
                recordType(template), withNote(recordId(request.getUriInfo().getPathParameters()), AuditNote.of(servletRequest)),
                servletRequest == null ? null : source(servletRequest), String.valueOf(status));
    }

    private String template(ResourceInfo resource) {
        String template = ApiPaths.prefix(module)
                + ApiPaths.template(resource.getResourceClass(), resource.getResourceMethod());
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    /** The client's address: behind a trusted proxy, the one it forwarded for. */
    private String source(HttpServletRequest servletRequest) {
        return services.clientAddresses().map(addresses -> addresses.of(servletRequest))
                .orElse(servletRequest.getRemoteAddr());
    }

    /** The first literal segment after the module prefix names the kind of record, e.g. {@code cases}. */
    static String recordType(String template) {
        String rest = MODULE_PREFIX.matcher(template).replaceFirst("");
        for (String part : rest.split("/")) {
            if (!part.isEmpty() && !part.startsWith("{")) {
                return part;
            }
        }
        return null;
    }

    private static String withNote(String recordId, String note) {
        return note == null ? recordId : recordId == null ? note : recordId + ";" + note;
    }

    private static String recordId(Map<String, List<String>> params) {
        if (params.isEmpty()) {
            return null;
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .sorted().collect(Collectors.joining(";"));
    }
}
