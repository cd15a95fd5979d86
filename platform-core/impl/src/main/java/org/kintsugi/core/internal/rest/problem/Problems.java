package org.kintsugi.core.internal.rest.problem;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;

/** Builds {@code application/problem+json} responses. */
public final class Problems {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    public static Response response(ProblemException problem, UriInfo uri) {
        Response response = response(problem.getStatus(), problem.getType(), problem.getTitle(), problem.getDetail(),
                uri, problem.getFields());
        if (problem.getRetryAfterSeconds() > 0) {
            return Response.fromResponse(response).header("Retry-After", problem.getRetryAfterSeconds()).build();
        }
        return response;
    }

    public static Response response(int status, String type, String title, String detail, UriInfo uri,
            List<FieldProblem> fields) {
        // The path as the client sent it: a module's resources live under /api/modules/<id>, which the
        // module server's own relative path leaves out.
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        ProblemBody body = new ProblemBody(type, title, status, detail, instance, fields);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    public static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(response(401, "unauthenticated", "Authentication required",
                "Log in and send the token as 'Authorization: Bearer <token>'.", uri, List.of()))
                .header("WWW-Authenticate", "Bearer realm=\"kintsugi\"").build();
    }

    public static Response unavailable(UriInfo uri, String detail) {
        return Response.fromResponse(response(503, "unavailable", "Service temporarily unavailable", detail, uri,
                List.of())).header("Retry-After", "5").build();
    }
}
