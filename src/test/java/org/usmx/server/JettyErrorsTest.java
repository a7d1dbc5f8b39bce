package org.usmx.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.cache.ResponseCache;
import org.usmx.config.Limits;
import org.usmx.testing.RunningServer;
import org.usmx.testing.SharedStore;

/**
 * Errors Jetty answers itself, before or outside Javalin (a request it cannot parse, an
 * ambiguous path, a URI or headers too large, a servlet's sendError, Fuseki's own refusals on
 * /sparql), come in the service's one error format: problem+json for programs, the site's error
 * page for browsers, never Jetty's default page. Raw requests over a socket, because
 * java.net.http will not send most of them.
 */
class JettyErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** A parsed raw HTTP answer; header names lower-cased. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }

    private static int port(RunningServer server) {
        return Integer.parseInt(server.base().replaceAll(".*:", ""));
    }

    /** Writes {@code request} as is and reads the answer until the server closes the connection. */
    static Answer raw(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before reading all of an oversized request: read its answer
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) all.write(buffer, 0, n);
            } catch (IOException reset) {
                if (all.size() == 0) throw reset;
            }
            return parse(all.toString(StandardCharsets.UTF_8));
        }
    }

    static Answer raw(int port, String request) throws IOException {
        return raw(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        assertTrue(end > 0, "an HTTP answer: " + text);
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        return new Answer(status, headers, text.substring(end + 4));
    }

    private static String get(String target, String... headerLines) {
        StringBuilder r = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String h : headerLines) r.append(h).append("\r\n");
        return r.append("Connection: close\r\n\r\n").toString();
    }

    /**
     * The answer is a problem in the service's format with the answer's own status, a readable
     * detail and the headers every answer carries; nothing of Jetty's page, name or stacks.
     */
    static JsonNode assertProblem(Answer r, int status) throws IOException {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type"), r.toString());
        assertCommon(r);
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.path("status").asInt(), r.body());
        assertEquals("about:blank", p.path("type").asText(), r.body());
        assertFalse(p.path("title").asText().isBlank(), r.body());
        String detail = p.path("detail").asText();
        assertTrue(detail.length() > 15 && detail.contains(" "), "a detail in words: " + r.body());
        return p;
    }

    static void assertCommon(Answer r) {
        assertEquals("no-store", r.header("Cache-Control"), r.toString());
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r.toString());
        assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"), r.toString());
        assertEquals("", r.header("Server"), "no server banner");
        assertFalse(r.body().contains("HTTP ERROR"), "not Jetty's page: " + r.body());
        assertFalse(r.body().toLowerCase(Locale.ROOT).contains("jetty"), "no server name: " + r.body());
        assertFalse(r.body().contains("\tat ") || r.body().contains("at org.") || r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void ambiguousPathsAreProblemsNamingThePath() throws Exception {
        int port = port(RunningServer.fixture());
        for (String path : new String[] {"/public/..%2Foutside.txt", "/dumps/..%2F..%2Fpom.xml", "/sparql/..%2F", "/id/org/..%2F..%2Fetc%2Fpasswd"}) {
            JsonNode p = assertProblem(raw(port, get(path)), 400);
            assertEquals(path, p.path("instance").asText(), p.toString());
            assertTrue(p.path("detail").asText().contains("%2F"), "says what to avoid: " + p);
        }
    }

    @Test
    void browsersGetTheSitesErrorPage() throws Exception {
        int port = port(RunningServer.fixture());
        for (String path : new String[] {"/public/..%2Foutside.txt", "/sparql?query=SELEC"}) {
            Answer r = raw(port, get(path, "Accept: " + BROWSER));
            assertEquals(400, r.status(), r.toString());
            assertTrue(r.header("Content-Type").startsWith("text/html"), r.toString());
            assertCommon(r);
            assertTrue(r.body().contains("<h1>400 Bad Request</h1>"), "the site's error page: " + r.body());
            assertTrue(r.body().contains("href=\"/search\""), "with the site's navigation: " + r.body());
        }
    }

    @Test
    void requestsJettyCannotParseAreProblems() throws Exception {
        int port = port(RunningServer.fixture());
        // over Fuseki's 512 KiB limits for the request line and the headers
        JsonNode longUri = assertProblem(raw(port, get("/search?q=" + "a".repeat(600_000))), 414);
        assertTrue(longUri.path("instance").isMissingNode(), "no path Jetty did not read: " + longUri);
        assertTrue(longUri.path("detail").asText().contains("POST"), longUri.toString());
        JsonNode bigHeaders = assertProblem(raw(port, get("/", "X-Big: " + "b".repeat(600_000))), 431);
        assertEquals("/", bigHeaders.path("instance").asText());
        assertTrue(assertProblem(raw(port, "GET / HTTP/1.1\r\nHost: bad host:xx\r\nConnection: close\r\n\r\n"), 400)
            .path("detail").asText().contains("Host"));
        assertProblem(raw(port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(raw(port, "GARBAGE\r\n\r\n"), 400);
        assertProblem(raw(port, "GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 505);
        assertProblem(raw(port, get("/id/org/%ff%fe")), 400);
    }

    @Test
    void aBodyJettyCannotReadIsTheClientsError() throws Exception {
        int port = port(RunningServer.fixture());
        // a chunk size that is not hex: Jetty fails the read inside the handler, which must not make it a 500
        Answer r = raw(port, "POST /reconcile HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\nqueries=x\r\n0\r\n\r\n");
        assertTrue(r.status() >= 400 && r.status() < 500, r.toString());
        assertProblem(r, r.status());
    }

    @Test
    void fusekisOwnRefusalsAreProblems() throws Exception {
        int port = port(RunningServer.fixture());
        JsonNode unsupported = assertProblem(raw(port, get("/sparql?query=ASK%7B%7D", "Content-Type: text/bogus")), 415);
        assertTrue(unsupported.path("detail").asText().contains("text/bogus"), unsupported.toString());
        assertEquals("/sparql", unsupported.path("instance").asText());
        JsonNode syntax = assertProblem(raw(port, get("/sparql?query=SELEC")), 400);
        assertTrue(syntax.path("detail").asText().contains("line 1"), "the parser's message: " + syntax);
        Answer put = raw(port, "PUT /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/turtle\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(assertProblem(put, 405).path("detail").asText().contains("read-only"), put.toString());
        assertTrue(put.header("Allow").contains("GET"), put.toString());
        Answer delete = raw(port, "DELETE /$/ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("/$/ping", assertProblem(delete, 405).path("instance").asText());
        assertProblem(raw(port, get("/sparql?query=ASK%20%7B%7D%FF")), 400);
    }

    @Test
    void aWebApplicationThatCannotBeBuiltAnswers503WithRetryAfter() throws Exception {
        SharedStore shared = SharedStore.fixture();
        // the routes fail to build: the server stays up, /sparql answers, every page says 503
        UsmxServer broken = UsmxServer.create(shared.project().settings().withPort(0), shared.store(), Safety.of(Limits.defaults()),
            ResponseCache.fromEnvironment(), store -> { throw new IllegalStateException("routes cannot be built"); }).start();
        try {
            Answer r = null;
            for (int i = 0; i < 100; i++) { // the build fails in the background, shortly after the start
                r = raw(broken.port(), get("/api/stats"));
                if (r.status() == 503) break;
                Thread.sleep(100);
            }
            JsonNode p = assertProblem(r, 503);
            assertTrue(r.header("Retry-After").matches("\\d+"), r.toString());
            assertEquals("/api/stats", p.path("instance").asText());
            assertFalse(p.path("detail").asText().contains("routes cannot be built"), "the cause stays in the log: " + p);
            Answer page = raw(broken.port(), get("/", "Accept: " + BROWSER));
            assertEquals(503, page.status(), page.toString());
            assertTrue(page.header("Content-Type").startsWith("text/html"), page.toString());
            assertCommon(page);
            assertEquals(200, raw(broken.port(), get("/sparql?query=ASK%7B%7D")).status(), "SPARQL does not need the web application");
        } finally {
            broken.close();
        }
    }
}
