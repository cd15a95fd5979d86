package org.kintsugi.core.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterServlet;

/**
 * When the shell's files or a module's screen files cannot be served (no such file, a method they do not
 * take), the answer is problem+json like the API's, never the web server's HTML error page, which names the
 * server and echoes the path. The API has its own errors; this is for everything else.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("kintsugi-shell-errors")
@HttpWhiteboardFilterPattern("/ui/*")
@HttpWhiteboardFilterServlet("kintsugi-shell")
public class ShellErrors implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new ProblemAnswers((HttpServletResponse) response));
    }

    /** Turns every {@code sendError} into a problem+json answer of the same status. */
    static final class ProblemAnswers extends HttpServletResponseWrapper {
        ProblemAnswers(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignoredMessage) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The answer was already sent");
            }
            resetBuffer();
            setStatus(status);
            ShellServlet.protect(this);
            if (status == SC_METHOD_NOT_ALLOWED) {
                setHeader("Allow", "GET, HEAD");
            }
            setContentType("application/problem+json");
            byte[] body = body(status).getBytes(StandardCharsets.UTF_8);
            setContentLength(body.length);
            getOutputStream().write(body);
        }

        /** The API's shape (RFC 9457, the same problem types); never the path or anything else the request said. */
        static String body(int status) {
            String type;
            String title;
            switch (status) {
                case SC_NOT_FOUND: type = "not-found"; title = "Not found"; break;
                case SC_METHOD_NOT_ALLOWED: type = "method-not-allowed"; title = "Method not allowed"; break;
                case SC_NOT_IMPLEMENTED: type = "not-implemented"; title = "Not implemented"; break;
                default: type = status >= 500 ? "internal" : "bad-request"; title = status >= 500 ? "Internal error" : "Bad request";
            }
            return "{\"type\":\"urn:kintsugi:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"There is no such page, or it cannot be had this way.\"}";
        }
    }
}
