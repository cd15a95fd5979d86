package org.kintsugi.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte on a socket to 127.0.0.1: the malformed ones an HTTP client library
 * would refuse to send (a NUL in the path, no Host, a huge header), to see what the server answers itself.
 */
final class RawHttp {
    private final int port;
    /** The loopback address requests are sent from: 127.0.0.2 is another client of the same machine. */
    private final InetAddress from;

    RawHttp(int port) {
        this(port, InetAddress.getLoopbackAddress());
    }

    RawHttp(int port, InetAddress from) {
        this.port = port;
        this.from = from;
    }

    /** A JSON POST, written out in full, with any extra header lines. */
    Answer post(String path, String json, String... headers) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return send(request.append("\r\n").toString() + json);
    }

    Answer send(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the server may close while a large request is still being sent; what it answered is read
            }
            return new Answer(read.toString(StandardCharsets.UTF_8));
        }
    }

    /** Status line, headers and body, as received. */
    static final class Answer {
        private final String raw;

        Answer(String raw) {
            this.raw = raw;
        }

        int status() {
            String[] line = raw.split("\r\n", 2)[0].split(" ");
            return line.length > 1 ? Integer.parseInt(line[1]) : -1;
        }

        String header(String name) {
            for (String line : head().split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        String body() {
            int end = raw.indexOf("\r\n\r\n");
            return end < 0 ? "" : raw.substring(end + 4);
        }

        private String head() {
            int end = raw.indexOf("\r\n\r\n");
            return end < 0 ? raw : raw.substring(0, end);
        }

        @Override
        public String toString() {
            return raw.length() > 600 ? raw.substring(0, 600) + "…" : raw;
        }
    }
}
