package org.kintsugi.core.testkit.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API of the Kintsugi under test, on loopback, as any client uses it: bearer tokens, JSON bodies,
 * problem+json answers. Works inside the Pax Exam container and outside it.
 */
public final class KintsugiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public KintsugiClient(int port) {
        this.port = port;
    }

    /** Inside the container: the port {@link KintsugiRuntime} gave the web server. */
    public static KintsugiClient ofContainer() {
        return new KintsugiClient(Integer.getInteger(KintsugiRuntime.HTTP_PORT));
    }

    /** Waits until health says UP, which it does only once every core endpoint is published. */
    public KintsugiClient awaitUp() {
        Await.until("the API to be up", Duration.ofSeconds(120), () -> get("/api/health", null).status() == 200);
        return this;
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    /** {@code body} is sent as it is when it is a String, and written as JSON otherwise. */
    public Reply send(String method, String path, String token, Object body) {
        String json = body == null || body instanceof String ? (String) body : write(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and returns the bearer token. */
    public String login(String username, String password) {
        Reply reply = post("/api/auth/login", null, JSON.createObjectNode().put("username", username).put("password", password));
        return reply.expect(200).json().get("token").asText();
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One answer: status, headers, body, and the body as JSON. */
    public static final class Reply {
        private final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        /** This answer, after checking its status: fails with the whole answer otherwise. */
        public Reply expect(int status) {
            if (status() != status) {
                throw new AssertionError("expected " + status + " but got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
        }
    }
}
