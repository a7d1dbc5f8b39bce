package org.usmx.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;

/** The JSON API and Linked Data answer the same IRI rules, from IriPolicy: what one rejects, the other does too. */
class UriRulesOverHttpTest {

    private final RunningServer server = RunningServer.fixture();

    @Test
    void aDoubleHyphenIsMalformedEverywhere() {
        HttpResponse<String> api = server.get("/api/claims/a--b", "Accept", "application/json");
        HttpResponse<String> trace = server.get("/api/claims/a--b/trace", "Accept", "application/json");
        HttpResponse<String> linked = server.get("/id/claim/a--b", "Accept", "application/json");
        HttpResponse<String> entity = server.get("/api/entities/claim/a--b", "Accept", "application/json");
        for (HttpResponse<String> r : java.util.List.of(api, trace, linked, entity)) {
            assertEquals(400, r.statusCode(), r.uri() + ": " + r.body());
            assertTrue(r.body().contains("single hyphens"), r.uri() + ": " + r.body());
        }
    }

    @Test
    void aWellFormedUnknownClaimIsNotFoundEverywhere() {
        assertEquals(404, server.get("/api/claims/alpha-2001-c99", "Accept", "application/json").statusCode());
        assertEquals(404, server.get("/id/claim/alpha-2001-c99", "Accept", "application/json").statusCode());
        assertEquals(200, server.get("/api/claims/alpha-2001-c1", "Accept", "application/json").statusCode());
    }

    @Test
    void anUnknownKindIsMalformedEverywhere() {
        HttpResponse<String> api = server.get("/api/entities/widget/x", "Accept", "application/json");
        HttpResponse<String> linked = server.get("/id/widget/x", "Accept", "application/json");
        assertEquals(400, api.statusCode(), api.body());
        assertEquals(400, linked.statusCode(), linked.body());
        assertTrue(api.body().contains("Unknown kind"), api.body());
        assertTrue(linked.body().contains("Unknown kind"), linked.body());
    }
}
