package org.kintsugi.core.internal.rest.problem;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Turns the framework's own errors (unknown path, wrong method or media type) into problems,
 * keeping the status but never the framework's message, which can name internal classes.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status == 401) {
            return Problems.unauthenticated(uri);
        }
        Response problem = Problems.response(status, typeOf(status), titleOf(status), null, uri, List.of());
        String allow = exception.getResponse().getHeaderString("Allow");
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }

    static String typeOf(int status) {
        switch (status) {
            case 400: return "bad-request";
            case 403: return "forbidden";
            case 404: return "not-found";
            case 405: return "method-not-allowed";
            case 406: return "not-acceptable";
            case 413: return "payload-too-large";
            case 415: return "unsupported-media-type";
            default: return "http-" + status;
        }
    }

    static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
