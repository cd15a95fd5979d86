package org.kintsugi.core.internal.rest.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.transaction.TransactionManager;

import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.kintsugi.core.internal.rest.pipeline.RequestTransaction;
import org.kintsugi.core.internal.rest.problem.ProblemBody;
import org.osgi.service.coordinator.Coordinator;

/**
 * The one servlet behind {@code /api/*}. Security headers are set here, before CXF sees the
 * request, so that every answer carries them: module resources, errors, and unknown paths alike.
 * Bodies are bounded here too, before anything reads them.
 */
final class ApiServlet extends CXFNonSpringServlet {
    /** Generous for letters and forms; attachments, when they come, get their own endpoint. */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Optional<TransactionManager>> transactions;
    private final transient Supplier<Optional<Coordinator>> coordinator;

    ApiServlet(Supplier<Optional<TransactionManager>> transactions, Supplier<Optional<Coordinator>> coordinator) {
        this.transactions = transactions;
        this.coordinator = coordinator;
    }

    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        // API answers hold personal data: never cache them anywhere, never render them as a page.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            refuse(response, 413, "payload-too-large", "Request body too large",
                    "The API accepts request bodies of up to 1 MiB; nothing was changed.");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, 411, "length-required", "Length required",
                    "Send the request body with a Content-Length header; nothing was changed.");
            return;
        }
        try {
            super.invoke(request, response);
        } finally {
            RequestTransaction.endLeftover(transactions.get(), coordinator.get());
        }
    }

    private static void refuse(HttpServletResponse response, int status, String type, String title, String detail)
            throws ServletException {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setHeader("Connection", "close"); // do not read the unwanted body to keep the connection
            String body = "{\"type\":\"" + ProblemBody.TYPE_PREFIX + type + "\",\"title\":\"" + title
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }
}
