package org.kintsugi.core.internal.rest.pipeline;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

import org.kintsugi.core.internal.db.DatabaseOutage;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.audit.AuditWriter;
import org.kintsugi.core.internal.db.AppendedRow;
import org.kintsugi.core.internal.db.DeferredRows;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.kintsugi.core.internal.rest.problem.Problems;
import org.kintsugi.core.internal.rest.problem.UnexpectedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one audit row for every request to a protected endpoint, refused ones included:
 * who, which operation (the path template, never the body), which record, from where, and the status.
 * A successful request's row joins its transaction, which is committed here: the change and its
 * audit row stand together or not at all. A failed commit turns the answer into an error.
 */
@Priority(Integer.MAX_VALUE)
public final class AuditFilter implements ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    /** Compiled once: every audited request strips its module prefix. */
    private static final Pattern MODULE_PREFIX = Pattern.compile("^/modules/[^/]+");

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
        Optional<RequestTransaction> requestTransaction = RequestTransaction.owned(request);
        if (!PublicEndpoints.matched(resourceInfo) || PublicEndpoints.isPublic(resourceInfo)) {
            requestTransaction.ifPresent(RequestTransaction::rollbackQuietly);
            return;
        }
        if (requestTransaction.isPresent() && response.getStatus() < 400) {
            if (commit(requestTransaction.get(), record(request, response), request, response)) {
                return;
            }
        } else {
            // Refused or failed: nothing it did stands, but the attempt is recorded.
            requestTransaction.ifPresent(RequestTransaction::rollbackQuietly);
        }
        AuditRecord record = record(request, response);
        if (services.outage().map(DatabaseOutage::isOpen).orElse(false)) {
            services.outage().get().unaudited(); // counted, and said once when the database is back
            return;
        }
        try {
            writer().record(record);
        } catch (RuntimeException e) {
            services.outage().ifPresent(outage -> outage.observed(e));
            // Nothing changed with this request; losing the record of the attempt must at least be loud.
            LOG.error("AUDIT WRITE FAILED for {} by {}: {}", record.action(), record.actor(), e.toString());
        }
    }

    /**
     * Commits the request's change with its audit row; false, with the answer turned into an error, if that
     * failed. A request that only appended rows ({@link DeferredRows}) read in its own transaction, which is
     * discarded: its rows and audit row commit in a group with other requests'.
     */
    private boolean commit(RequestTransaction transaction, AuditRecord record, ContainerRequestContext request,
            ContainerResponseContext response) {
        List<AppendedRow> appended = transaction.deferredRows();
        try {
            if (appended.isEmpty()) {
                writer().record(record); // joins the request's transaction
                transaction.commit();
            } else {
                transaction.rollbackQuietly();
                services.groupCommit().orElseThrow(() -> new IllegalStateException("group commit unavailable"))
                        .commit(appended, record);
            }
            return true;
        } catch (Exception e) {
            if (appended.isEmpty()) {
                transaction.rollbackQuietly();
            }
            services.outage().ifPresent(outage -> outage.observed(e));
            answerFailure(request, response, e);
            return false;
        }
    }

    /** The commit failed after the resource answered: the caller learns that nothing was changed. */
    private static void answerFailure(ContainerRequestContext request, ContainerResponseContext response, Exception e) {
        Response failure = UnexpectedExceptionMapper.answer(e, request.getUriInfo());
        response.setStatus(failure.getStatus());
        response.getHeaders().clear();
        failure.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setEntity(failure.getEntity(), new Annotation[0], Problems.PROBLEM_JSON);
    }

    private AuditWriter writer() {
        return services.auditWriter().orElseThrow(() -> new IllegalStateException("audit writer unavailable"));
    }

    private AuditRecord record(ContainerRequestContext request, ContainerResponseContext response) {
        Caller caller = request.getSecurityContext().getUserPrincipal() instanceof Caller
                ? (Caller) request.getSecurityContext().getUserPrincipal() : null;
        String template = template();
        return new AuditRecord(caller, request.getMethod() + " " + template, module,
                recordType(template), recordId(request.getUriInfo().getPathParameters()),
                servletRequest == null ? null : source(), String.valueOf(response.getStatus()));
    }

    private String template() {
        String template = ApiPaths.prefix(module)
                + ApiPaths.template(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    /** The client's address: behind a trusted proxy, the one it forwarded for. */
    private String source() {
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

    private static String recordId(Map<String, List<String>> params) {
        if (params.isEmpty()) {
            return null;
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .sorted().collect(Collectors.joining(";"));
    }
}
