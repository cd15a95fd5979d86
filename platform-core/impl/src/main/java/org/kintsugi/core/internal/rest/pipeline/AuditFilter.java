package org.kintsugi.core.internal.rest.pipeline;

import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

/**
 * Ends every request to a protected endpoint with its audit row, refused ones included. A successful
 * request's row commits with its change ({@link RequestCommit}); a refused or failed one's change is rolled
 * back and the attempt recorded alone ({@link AttemptRecorder}). What the row says is {@link AuditRecords}'.
 */
@Priority(Integer.MAX_VALUE)
public final class AuditFilter implements ContainerResponseFilter {
    private final AuditRecords records;
    private final RequestCommit commits;
    private final AttemptRecorder attempts;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    public AuditFilter(ApiServices services, String module) {
        this.records = new AuditRecords(services, module);
        this.commits = new RequestCommit(services);
        this.attempts = new AttemptRecorder(services);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<RequestTransaction> transaction = RequestTransaction.owned(request);
        if (!PublicEndpoints.matched(resourceInfo) || PublicEndpoints.isPublic(resourceInfo)) {
            transaction.ifPresent(RequestTransaction::rollbackQuietly); // login and health keep their own records
            return;
        }
        if (transaction.isPresent() && response.getStatus() < 400) {
            if (commits.commit(transaction.get(), records.of(request, response.getStatus(), resourceInfo, servletRequest),
                    request, response)) {
                return;
            }
        } else {
            transaction.ifPresent(RequestTransaction::rollbackQuietly);
        }
        // Refused, failed, or its commit failed (the answer now says so): nothing it did stands, but the attempt is recorded.
        attempts.record(records.of(request, response.getStatus(), resourceInfo, servletRequest));
    }
}
