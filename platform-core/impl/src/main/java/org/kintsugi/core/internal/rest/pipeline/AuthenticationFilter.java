package org.kintsugi.core.internal.rest.pipeline;

import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.rest.problem.Problems;
import org.kintsugi.core.internal.security.SessionAuthenticator;
import org.kintsugi.core.spi.rest.ApiResource;

/**
 * Runs after matching, so it knows the resource method: public ones ({@code @PermitAll}) pass,
 * all others need a valid bearer token. The caller's roles and regions are read fresh each time.
 * A module's endpoints also need the module enabled in one of the caller's regions.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiServices services;
    private final String module;

    @Context
    private ResourceInfo resourceInfo;

    public AuthenticationFilter(ApiServices services, String module) {
        this.services = services;
        this.module = module;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (PublicEndpoints.isPublic(resourceInfo)) {
            return;
        }
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            request.abortWith(Problems.unauthenticated(request.getUriInfo()));
            return;
        }
        Optional<SessionAuthenticator> authenticator = services.authenticator();
        if (authenticator.isEmpty()) {
            request.abortWith(Problems.unavailable(request.getUriInfo(), "The platform is starting or its database is unreachable."));
            return;
        }
        Optional<Caller> caller = authenticator.get().authenticate(token);
        if (caller.isEmpty()) {
            request.abortWith(Problems.unauthenticated(request.getUriInfo()));
            return;
        }
        boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
        request.setSecurityContext(new CallerSecurityContext(caller.get(), secure));
        if (!ApiResource.CORE.equals(module) && !moduleAvailable(caller.get())) {
            // Not offered in any of the caller's regions: for them the module's endpoints do not exist.
            request.abortWith(Problems.response(ProblemException.notFound(), request.getUriInfo()));
        }
    }

    private boolean moduleAvailable(Caller caller) {
        return services.enablement().map(enablement -> enablement.availableTo(module, caller)).orElse(false);
    }

    static String bearerToken(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() || token.length() > 200 ? null : token;
    }
}
