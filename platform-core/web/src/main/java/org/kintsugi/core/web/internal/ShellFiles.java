package org.kintsugi.core.web.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which request paths are shell files, and their media types. Only plain names in known folders are
 * served, so no path can reach anything else inside the bundle.
 */
final class ShellFiles {
    static final String ROOT = "shell";
    private static final Pattern SAFE = Pattern.compile("(?:[a-z0-9-]+/)*[a-z0-9-]+\\.(?:html|js|css|json|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml");

    private ShellFiles() {
    }

    /** The resource inside the bundle for a request path, or empty when it is not a shell file. */
    static Optional<String> resource(String path) {
        String relative = path == null || path.isEmpty() || path.equals("/") ? "index.html" : path.substring(1);
        return SAFE.matcher(relative).matches() ? Optional.of(ROOT + "/" + relative) : Optional.empty();
    }

    static String type(String resource) {
        return TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
    }
}
