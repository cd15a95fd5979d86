package org.kintsugi.core.internal.rest.pipeline;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.kintsugi.core.internal.db.DatabaseOutage;
import org.kintsugi.core.internal.rest.problem.Problems;

/**
 * Begins the request's transaction (RequestTransaction) before anything touches the database; while the
 * database is known to be away ({@link DatabaseOutage}), answers 503 at once instead.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class TransactionFilter implements ContainerRequestFilter {
    private final ApiServices services;

    @Context
    private ResourceInfo resourceInfo;

    public TransactionFilter(ApiServices services) {
        this.services = services;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!PublicEndpoints.matched(resourceInfo) || PublicEndpoints.isPublic(resourceInfo)) {
            return; // login and health manage their own: a failed login must stay recorded
        }
        if (services.outage().map(DatabaseOutage::isOpen).orElse(false)) {
            request.abortWith(Problems.unavailable(request.getUriInfo(),
                    "The database cannot be reached; try again shortly. Nothing was changed."));
            return;
        }
        if (services.transactions().isPresent() && services.coordinator().isPresent()) {
            RequestTransaction.begin(services.transactions().get(), services.coordinator().get(), request);
        }
    }
}
