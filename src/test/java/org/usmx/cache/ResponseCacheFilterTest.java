package org.usmx.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/** Repeated requests over HTTP: answered from the cache, byte for byte, never mixed across formats. */
@ExtendWith(FixtureServer.class)
class ResponseCacheFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } # cache-test ";

    private static long hits(RunningServer server) throws Exception {
        JsonNode stats = JSON.readTree(server.get("/api/status").body());
        return stats.path("responseCache").path("hits").asLong();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes(RunningServer server) throws Exception {
        String query = COUNT + "get";
        HttpResponse<String> first = server.sparql(query, "application/sparql-results+json");
        long before = hits(server);
        HttpResponse<String> second = server.sparql(query, "application/sparql-results+json");
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertEquals(before + 1, hits(server), "the second answer came from the cache");
        assertTrue(second.body().contains("\"n\""), second.body());
    }

    @Test
    void aSparqlPostIsAlwaysComputedSoItRunsOnTheStoreItArrivedAt(RunningServer server) throws Exception {
        String query = COUNT + "post";
        HttpResponse<String> first = server.post("/sparql", "application/sparql-query", query, "Accept", "text/csv");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().startsWith("n"), first.body());
        long before = hits(server);
        HttpResponse<String> second = server.post("/sparql", "application/sparql-query", query, "Accept", "text/csv");
        assertEquals(first.body(), second.body());
        assertEquals(before, hits(server), "a POST is not replayed: its body is never read ahead of the endpoint");
    }

    @Test
    void aClientCanAskForAFreshComputation(RunningServer server) throws Exception {
        String query = COUNT + "fresh";
        server.sparql(query, "text/csv");
        long before = hits(server);
        HttpResponse<String> fresh = server.get("/sparql?query=" + RunningServer.enc(query), "Accept", "text/csv", "Cache-Control", "no-cache");
        assertEquals(200, fresh.statusCode());
        assertEquals(before, hits(server), "no-cache is computed afresh");
        server.sparql(query, "text/csv");
        assertEquals(before + 1, hits(server), "and the fresh answer is kept for the next client");
    }

    @Test
    void formatsAreKeptApart(RunningServer server) {
        String query = COUNT + "formats";
        String json = server.sparql(query, "application/sparql-results+json").body();
        String csv = server.sparql(query, "text/csv").body();
        assertTrue(json.trim().startsWith("{"), json);
        assertTrue(csv.startsWith("n"), csv);
        assertEquals(csv, server.sparql(query, "text/csv").body());
        assertEquals(json, server.sparql(query, "application/sparql-results+json").body());
    }

    @Test
    void errorsAndLiveRoutesAreNeverReplayed(RunningServer server) throws Exception {
        long before = hits(server);
        assertEquals(400, server.sparql("SELECT ?s WHERE { ?s ?p }", null).statusCode());
        assertEquals(400, server.sparql("SELECT ?s WHERE { ?s ?p }", null).statusCode());
        server.get("/health");
        server.get("/health");
        assertEquals(before, hits(server));
    }

    @Test
    void aCachedAnswerHonoursItsValidator(RunningServer server) {
        HttpResponse<String> first = server.get("/api/sources");
        server.get("/api/sources");
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, "the API sends a validator");
        HttpResponse<String> revalidated = server.get("/api/sources", "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals("", revalidated.body());
    }

    @Test
    void statisticsAreCacheableAndLiveStateIsNot(RunningServer server) throws Exception {
        HttpResponse<String> stats = server.get("/api/stats");
        assertTrue(stats.headers().firstValue("Cache-Control").orElse("").contains("public"), stats.headers().toString());
        assertTrue(stats.headers().firstValue("ETag").isPresent(), "statistics carry a validator");
        assertFalse(JSON.readTree(stats.body()).has("limits"), "live limits stay out of the cacheable statistics");
        long before = hits(server);
        assertEquals(stats.body(), server.get("/api/stats").body());
        assertEquals(before + 1, hits(server), "the repeat came from the cache");

        HttpResponse<String> status = server.get("/api/status");
        assertEquals("no-store", status.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(status.headers().firstValue("ETag").isEmpty(), "live state has no validator");
        JsonNode live = JSON.readTree(status.body());
        assertEquals(JSON.readTree(stats.body()).path("dataHash").asText(), live.path("dataHash").asText());
        assertTrue(live.path("limits").has("sparqlConcurrency"), status.body());
    }
}
