package org.kintsugi.core.internal.rest.pipeline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one audit row for every request to a protected endpoint, refused ones included:
 * who, which operation (the path template, never the body), which record, from where, and the status.
 */
@Priority(Integer.MAX_VALUE)
public final class AuditFilter implements ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);

    private final ApiServices services;
    private final String module;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    public AuditFilter(ApiServices services, String module) {
        this.services = services;
        this.module = module;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!PublicEndpoints.matched(resourceInfo) || PublicEndpoints.isPublic(resourceInfo)) {
            return;
        }
        Caller caller = request.getSecurityContext().getUserPrincipal() instanceof Caller
                ? (Caller) request.getSecurityContext().getUserPrincipal() : null;
        String template = template();
        AuditRecord record = new AuditRecord(caller, request.getMethod() + " " + template, module,
                recordType(template), recordId(request.getUriInfo().getPathParameters()),
                servletRequest == null ? null : servletRequest.getRemoteAddr(), String.valueOf(response.getStatus()));
        try {
            services.auditWriter().orElseThrow(() -> new IllegalStateException("audit writer unavailable"))
                    .record(record);
        } catch (RuntimeException e) {
            // The operation already happened; losing its audit row must at least be loud.
            LOG.error("AUDIT WRITE FAILED for {} by {}: {}", record.action(), record.actor(), e.toString());
        }
    }

    private String template() {
        String template = ApiPaths.prefix(module)
                + ApiPaths.template(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    /** The first literal segment after the module prefix names the kind of record, e.g. {@code cases}. */
    static String recordType(String template) {
        String rest = template.replaceFirst("^/modules/[^/]+", "");
        for (String part : rest.split("/")) {
            if (!part.isEmpty() && !part.startsWith("{")) {
                return part;
            }
        }
        return null;
    }

    private static String recordId(Map<String, List<String>> params) {
        if (params.isEmpty()) {
            return null;
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .sorted().collect(Collectors.joining(";"));
    }
}
