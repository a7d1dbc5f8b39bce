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
import java.util.List;

import org.usmx.config.Settings;
import org.usmx.server.Application;
import org.usmx.server.UsmxServer;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;

/**
 * The real service on a free port over a TDB2 store, and an HTTP client for it.
 *
 * <p>Most tests only read: they use the server shared by the whole test JVM, {@link #real()} or
 * {@link #fixture()} (or get it injected with {@code @ExtendWith(RealServer.class)} /
 * {@code @ExtendWith(FixtureServer.class)}), built and started once and stopped when the JVM
 * exits; {@link #close()} on a shared server does nothing. A test that needs other settings or
 * other data starts its own with {@link #start(TestProject, Settings)} and closes it.
 */
public final class RunningServer implements AutoCloseable {

    private static RunningServer real;
    private static RunningServer fixture;

    private final TestProject project;
    private final LoadedStore store;
    private final UsmxServer server;
    private final boolean shared;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(TestProject project, LoadedStore store, UsmxServer server, boolean shared) {
        this.project = project;
        this.store = store;
        this.server = server;
        this.shared = shared;
    }

    /** The server over the real curated data ({@link SharedStore#real()}), default settings, shared by the test JVM. */
    public static synchronized RunningServer real() {
        if (real == null) real = startShared(SharedStore.real());
        return real;
    }

    /** The server over the fixture data ({@link SharedStore#fixture()}), default settings, shared by the test JVM. */
    public static synchronized RunningServer fixture() {
        if (fixture == null) fixture = startShared(SharedStore.fixture());
        return fixture;
    }

    private static RunningServer startShared(SharedStore shared) {
        UsmxServer server = Application.build(shared.project().settings(), shared.store()).start();
        RunningServer running = new RunningServer(shared.project(), shared.store(), server, true);
        SharedStore.atExit(server::close);
        return running;
    }

    public static RunningServer start(TestProject project, Settings settings) {
        LoadedStore store = new StoreManager(settings.storeDir(), project.dataFiles(), settings.idBase()).open(false);
        UsmxServer server = Application.build(settings, store).start();
        return new RunningServer(project, store, server, false);
    }

    public static RunningServer start(TestProject project) {
        return start(project, project.settings());
    }

    public String base() { return "http://localhost:" + server.port(); }

    public LoadedStore store() { return store; }

    /** The routes the server registered, as "METHOD /path" ({@link UsmxServer#routes()}). */
    public List<String> routes() { return server.routes(); }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    /** A GET that must answer 200 with JSON, parsed; anything else fails the calling test with the body. */
    public com.fasterxml.jackson.databind.JsonNode getJson(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError(pathAndQuery + " -> " + r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("") + "\n" + r.body());
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(pathAndQuery + ": not JSON: " + e.getMessage());
        }
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

    /** Stops a server this test started; a shared server ({@link #real()}, {@link #fixture()}) stays up. */
    @Override
    public void close() {
        if (shared) return;
        server.close();
        store.close();
        project.close();
    }
}
