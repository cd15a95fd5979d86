package org.kintsugi.core.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the web shell at {@code /} (everything the API servlet at {@code /api/*} does not take).
 * Every answer forbids caching and framing and allows scripts from this origin only: the pages are
 * for people whose safety depends on what a shared computer remembers.
 */
@Component(service = Servlet.class, configurationPid = ShellConfig.PID)
@Designate(ocd = ShellConfig.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardServletName("kintsugi-shell")
public class ShellServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final transient BundleContext context;
    private final String settings;

    @Activate
    public ShellServlet(BundleContext context, ShellConfig config) {
        this.context = context;
        this.settings = "{\"quickExitUrl\":\"" + config.quickExitUrl().replace("\\", "").replace("\"", "") + "\"}";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String path = request.getPathInfo();
        if ("/settings.json".equals(path)) {
            response.setContentType("application/json; charset=utf-8");
            response.getOutputStream().write(settings.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<URL> file = ShellFiles.resource(path).map(r -> context.getBundle().getEntry(r));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(ShellFiles.type(file.get().getPath()));
        try (InputStream in = file.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    static void protect(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
