package org.kintsugi.core.http.errors;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The server's own error answers as problem+json: a request Jetty cannot parse (a NUL in the path, a
 * header too large) and any error outside the application's contexts. Set as the server's error handler
 * in {@code etc/jetty.xml}. Never echoes the request back: the reason is Jetty's fixed words only.
 */
public class ProblemErrorHandler extends ErrorHandler {
    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Every method gets a body, TRACE and unknown ones too; Jetty's default gives only GET, POST and HEAD one. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        response.setContentType(ProblemJson.MEDIA_TYPE);
        SecurityHeaders.set(response::setHeader);
        byte[] body = ProblemJson.body(status, ProblemJson.detail(status));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    /** A request that never became one (unparseable line or headers): the answer is built here, not dispatched. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemJson.MEDIA_TYPE);
        SecurityHeaders.set(fields::put);
        return ByteBuffer.wrap(ProblemJson.body(status, ProblemJson.detail(status)));
    }
}
