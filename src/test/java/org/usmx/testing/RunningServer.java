package org.usmx.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.usmx.config.Settings;
import org.usmx.server.Application;
import org.usmx.server.UsmxServer;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;

/** The real service on a free port over a temporary TDB2 store, and an HTTP client for it. */
public final class RunningServer implements AutoCloseable {

    private final TestProject project;
    private final LoadedStore store;
    private final UsmxServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(TestProject project, LoadedStore store, UsmxServer server) {
        this.project = project;
        this.store = store;
        this.server = server;
    }

    public static RunningServer start(TestProject project, Settings settings) {
        LoadedStore store = new StoreManager(settings.storeDir(), project.dataFiles()).open(false);
        UsmxServer server = Application.build(settings, store).start();
        return new RunningServer(project, store, server);
    }

    public static RunningServer start(TestProject project) {
        return start(project, project.settings());
    }

    public String base() { return "http://localhost:" + server.port(); }

    public LoadedStore store() { return store; }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET /sparql?query=... with extra encoded parameters given as name, value pairs. */
    public HttpResponse<String> sparql(String query, String accept, String... params) {
        StringBuilder q = new StringBuilder("/sparql?query=").append(enc(query));
        for (int i = 0; i + 1 < params.length; i += 2) q.append('&').append(params[i]).append('=').append(enc(params[i + 1]));
        return accept == null ? get(q.toString()) : get(q.toString(), "Accept", accept);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        store.close();
        project.close();
    }
}
