package org.kintsugi.core.internal.rest.pipeline;

import java.lang.annotation.Annotation;
import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.Response;

import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.db.AppendedRow;
import org.kintsugi.core.internal.db.DeferredRows;
import org.kintsugi.core.internal.rest.problem.Problems;
import org.kintsugi.core.internal.rest.problem.UnexpectedExceptionMapper;

/**
 * Commits what a successful request changed together with its audit row: both stand, or neither does and
 * the caller is told so. A request that only appended rows ({@link DeferredRows}) read in its own
 * transaction, which is discarded: its rows and audit row commit in a group with other requests'.
 */
final class RequestCommit {
    private final ApiServices services;

    RequestCommit(ApiServices services) {
        this.services = services;
    }

    /** True once committed; false, with the answer turned into an error and nothing kept, if that failed. */
    boolean commit(RequestTransaction transaction, AuditRecord record, ContainerRequestContext request,
            ContainerResponseContext response) {
        List<AppendedRow> appended = transaction.deferredRows();
        try {
            if (appended.isEmpty()) {
                services.auditWriter().orElseThrow(() -> new IllegalStateException("audit writer unavailable"))
                        .record(record); // joins the request's transaction
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
}
