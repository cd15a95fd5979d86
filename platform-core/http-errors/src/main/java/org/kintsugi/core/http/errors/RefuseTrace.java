package org.kintsugi.core.http.errors;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * TRACE and TRACK would echo a request's headers, session token included, back to a script (cross-site
 * tracing). Pax Web refuses TRACE inside each context with an empty 405; this answers both before any
 * context, for every path, with a 405 in problem+json. Added to the connector's HttpConfiguration in
 * {@code etc/jetty.xml}.
 */
public class RefuseTrace implements HttpConfiguration.Customizer {
    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        String method = request.getMethod();
        if (!"TRACE".equalsIgnoreCase(method) && !"TRACK".equalsIgnoreCase(method)) {
            return;
        }
        Response response = request.getResponse();
        response.setStatus(405);
        response.setHeader(HttpHeader.ALLOW.asString(), "GET, HEAD, POST, PUT, DELETE, OPTIONS");
        response.setContentType(ProblemJson.MEDIA_TYPE);
        SecurityHeaders.set(response::setHeader);
        byte[] body = ProblemJson.body(405, "This server does not answer " + method.toUpperCase() + " requests.");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.closeOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setHandled(true);
    }
}
