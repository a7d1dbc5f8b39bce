package org.usmx.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.usmx.config.Limits;
import org.usmx.config.Settings;
import org.usmx.testing.SharedStore;

/**
 * The real server over the shared fixture store, with the limits a test chooses (small timeouts
 * so the hostile suite stays short), and a loopback HTTP client that never follows redirects.
 */
final class HostileServer implements AutoCloseable {

    private final UsmxServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HostileServer(Duration queryTimeout, Limits limits) {
        SharedStore shared = SharedStore.fixture();
        Settings settings = shared.project().settings().withQueryTimeout(queryTimeout).withMaxRows(500);
        this.server = Application.build(settings, shared.store(), limits).start();
    }

    String base() { return "http://127.0.0.1:" + server.port(); }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    HttpResponse<String> sparql(String query, String... params) {
        StringBuilder q = new StringBuilder("/sparql?query=").append(enc(query));
        for (int i = 0; i + 1 < params.length; i += 2) q.append('&').append(params[i]).append('=').append(enc(params[i + 1]));
        return get(q.toString(), "Accept", "application/sparql-results+json");
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
