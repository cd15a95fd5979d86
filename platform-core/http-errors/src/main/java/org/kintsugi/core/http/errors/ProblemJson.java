package org.kintsugi.core.http.errors;

import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpStatus;

/**
 * The body of an answer the web server gives by itself, in the API's own shape (RFC 9457, the same
 * {@code urn:kintsugi:problem:} types), so a client handles every refusal the same way. Plain string
 * building: this fragment sees only what Pax Web's Jetty bundle imports, and no JSON library is there.
 */
final class ProblemJson {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:kintsugi:problem:";

    private ProblemJson() {
    }

    static byte[] body(int status, String detail) {
        String json = "{\"type\":\"" + TYPE_PREFIX + type(status) + "\",\"title\":\"" + escape(title(status))
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Stable slugs for the refusals Jetty makes itself; anything else by its class. */
    static String type(int status) {
        switch (status) {
            case 400: return "bad-request";
            case 404: return "not-found";
            case 405: return "method-not-allowed";
            case 408: return "request-timeout";
            case 413: return "payload-too-large";
            case 414: return "uri-too-long";
            case 415: return "unsupported-media-type";
            case 431: return "header-too-large";
            case 501: return "not-implemented";
            case 503: return "unavailable";
            case 505: return "http-version-not-supported";
            default: return status >= 500 ? "internal" : "bad-request";
        }
    }

    static String title(int status) {
        String message = HttpStatus.getMessage(status);
        return message == null ? "Error" : message;
    }

    static String detail(int status) {
        if (status >= 500) {
            return "The server could not answer this request; nothing was changed.";
        }
        return "The web server refused this request before it reached the application; nothing was changed.";
    }

    /** JSON string escaping: quotes, backslashes and every control character. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
