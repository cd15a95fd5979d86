package org.kintsugi.core.internal.rest;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * The one servlet behind {@code /api/*}. Security headers are set here, before CXF sees the
 * request, so that every answer carries them: module resources, errors, and unknown paths alike.
 */
final class ApiServlet extends CXFNonSpringServlet {
    private static final long serialVersionUID = 1L;

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
        super.invoke(request, response);
    }
}
