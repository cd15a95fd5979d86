package org.kintsugi.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the API on loopback, as any other client would use it. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Every answer this client received, when a test wants to know which endpoints it touched. */
    private final List<Reply> answers;

    Api(int port) {
        this(port, null);
    }

    Api(int port, List<Reply> answers) {
        this.port = port;
        this.answers = answers;
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    Reply send(String method, String path, String token, String json) {
        return send(method, path, token, json, null);
    }

    Reply send(String method, String path, String token, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            Reply reply = new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
            if (answers != null) {
                answers.add(reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String login(String username, String password) {
        Reply reply = post("/api/auth/login", null, loginJson(username, password));
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply);
        }
        return reply.json().get("token").asText();
    }

    static String loginJson(String username, String password) {
        return JSON.createObjectNode().put("username", username).put("password", password).toString();
    }

    /** One HTTP answer: status, headers, body, and the body as JSON when it is JSON. */
    static final class Reply {
        private final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        String method() {
            return response.request().method();
        }

        /** The path, without the query. */
        String path() {
            return response.uri().getRawPath();
        }

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        String body() {
            return response.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
        }
    }
}
