package org.usmx.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;

/** One error renderer for the whole service, and one validator per representation. */
class ErrorsAndCachingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.fixture();
    }

    private static HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
            .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) b.headers(headers);
        return server.send(b.build());
    }

    @Test
    void unknownRoutesAnswer404ProblemJsonEverywhere() throws Exception {
        for (String path : new String[] {"/nowhere", "/api/nowhere", "/id/org/testland-navy/extra/deep"}) {
            HttpResponse<String> r = server.get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), path);
            JsonNode p = JSON.readTree(r.body());
            assertEquals(404, p.path("status").asInt());
            assertEquals(path, p.path("instance").asText());
        }
    }

    @Test
    void browsersGetTheSameErrorAsAPage() {
        HttpResponse<String> r = server.get("/nowhere", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
        assertTrue(r.body().contains("/nowhere"), r.body());
    }

    @Test
    void aWrongMethodAnswers405WithAllow() throws Exception {
        for (String method : new String[] {"POST", "DELETE", "PUT"}) {
            HttpResponse<String> r = send(method, "/api/claims");
            assertEquals(405, r.statusCode(), method + " " + r.body());
            String allow = r.headers().firstValue("Allow").orElse("");
            assertTrue(allow.contains("GET"), allow);
            assertFalse(allow.contains(method), allow);
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            assertEquals(405, JSON.readTree(r.body()).path("status").asInt());
        }
    }

    @Test
    void badParametersNameTheParameter() throws Exception {
        HttpResponse<String> r = server.get("/api/claims?limit=many");
        assertEquals(400, r.statusCode());
        assertEquals("limit", JSON.readTree(r.body()).path("parameter").asText());
    }

    @Test
    void eachRepresentationHasItsOwnEtagAndRevalidates() {
        String claims = server.get("/api/claims").headers().firstValue("ETag").orElseThrow();
        String sources = server.get("/api/sources").headers().firstValue("ETag").orElseThrow();
        String claimsPage2 = server.get("/api/claims?offset=1").headers().firstValue("ETag").orElseThrow();
        String ttl = server.get("/id/org/testland-navy.ttl").headers().firstValue("ETag").orElseThrow();
        String jsonld = server.get("/id/org/testland-navy.jsonld").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(claims, sources);
        assertNotEquals(claims, claimsPage2);
        assertNotEquals(ttl, jsonld);
        assertEquals(claims, server.get("/api/claims").headers().firstValue("ETag").orElseThrow(), "stable for the same data");
        HttpResponse<String> again = server.get("/api/claims", "If-None-Match", claims);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, server.get("/api/claims", "If-None-Match", sources).statusCode());
        assertEquals(304, server.get("/id/org/testland-navy.ttl", "If-None-Match", ttl).statusCode());
    }

    @Test
    void acceptDecidesHtmlOnlyWhenHtmlIsPreferred() {
        assertTrue(ErrorRenderer.wantsHtml("text/html,application/xhtml+xml,*/*;q=0.8"));
        assertFalse(ErrorRenderer.wantsHtml("*/*"));
        assertFalse(ErrorRenderer.wantsHtml(null));
        assertFalse(ErrorRenderer.wantsHtml("application/json, text/html;q=0.5"));
        assertFalse(ErrorRenderer.wantsHtml("application/problem+json"));
    }
}
