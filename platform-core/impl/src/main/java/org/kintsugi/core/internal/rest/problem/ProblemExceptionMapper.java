package org.kintsugi.core.internal.rest.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.kintsugi.core.api.problem.ProblemException;

/** Renders problems thrown by core and module resources. */
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProblemException problem) {
        return Problems.response(problem, uri);
    }
}
