package org.kintsugi.core.internal.rest.problem;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bug or an outage. The caller gets an incident id to quote; the stack trace
 * goes to the log under that id and never into the response.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    /** Told of every failure, so that a lost database connection is noticed once for all requests. */
    private final Consumer<Throwable> failures;

    @Context
    private UriInfo uri;

    public UnexpectedExceptionMapper(Consumer<Throwable> failures) {
        this.failures = failures;
    }

    @Override
    public Response toResponse(Throwable exception) {
        failures.accept(exception);
        return answer(exception, uri);
    }

    /** Also for failures past the resource, such as a commit that did not go through. */
    public static Response answer(Throwable exception, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        if (DatabaseFailures.isLostRace(exception)) {
            return Problems.response(412, "stale", "Changed by someone else",
                    "This record changed while you were saving. Reload it and apply your change again; nothing was changed.",
                    uri, List.of());
        }
        if (DatabaseFailures.isUnavailable(exception)) {
            LOG.warn("Incident {}: database unavailable: {}", incident, exception.toString());
            return Problems.unavailable(uri, "The database cannot be reached; try again shortly. Incident " + incident + ".");
        }
        LOG.error("Incident {}: unexpected failure", incident, exception);
        return Problems.response(500, "internal", "Internal error",
                "Something went wrong on our side; nothing was changed. Incident " + incident + ".", uri, List.of());
    }
}
