package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/**
 * The OpenAPI document is valid enough to use and covers exactly the routes the server registers
 * (API, Linked Data, ontology, pages, dataset), and every documented path answers one of its
 * documented success statuses (200, or 303 where the route redirects).
 */
@ExtendWith(FixtureServer.class)
class ApiContractTest {

    @Test
    void openApiCoversEveryRegisteredRouteAndEveryDocumentedPathAnswers(RunningServer server) throws Exception {
        // the running server's own route table, not the source text that builds it
        Set<String> registered = new TreeSet<>();
        for (String route : server.routes()) {
            if (route.startsWith("GET ")) registered.add(route.substring(4));
        }
        assertTrue(registered.contains("/api/claims/{id}/trace"), "route table: " + registered);
        registered.add("/sparql"); // served by Fuseki, described in the same document
        JsonNode doc = new ObjectMapper().readTree(server.get("/api/openapi.json").body());
        assertEquals("3.1.0", doc.path("openapi").asText());
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fieldNames().forEachRemaining(documented::add);
        assertEquals(registered, documented);
        List<String> failing = new ArrayList<>();
        for (String path : documented) {
            doc.path("paths").path(path).fields().forEachRemaining(op -> assertTrue(op.getValue().has("operationId"), path + " " + op.getKey()));
            if (path.equals("/sparql")) continue; // the SPARQL protocol has its own tests
            if (path.equals("/public/<path>")) continue; // publishes nothing unless the operator says so: PublicFilesTest
            JsonNode get = doc.path("paths").path(path).path("get");
            JsonNode ok = get.path("responses").path("200").path("content");
            if (ok.has("application/json")) assertTrue(ok.path("application/json").path("schema").has("$ref")
                || ok.path("application/json").path("schema").has("oneOf"), "a response schema for " + path);
            Set<String> success = new TreeSet<>();
            get.path("responses").fieldNames().forEachRemaining(code -> { if (code.startsWith("2") || code.startsWith("3")) success.add(code); });
            success.remove("304");
            assertTrue(get.has("summary") && !success.isEmpty(), path);
            for (String concrete : examples(path, server.store().dataHash().substring(0, 16))) {
                int status = server.get(concrete).statusCode();
                if (!success.contains(Integer.toString(status))) failing.add(concrete + " -> " + status + " (documented: " + success + ")");
            }
        }
        assertEquals(List.of(), failing);
    }

    /** Concrete requests for a documented path over the fixture data. */
    private static List<String> examples(String path, String release) {
        if (path.startsWith("/id/annotation/")) {
            return List.of(path.replace("{kind}", "claim").replace("{slug}", "alpha-2001-c1").replace("{part}", "target"),
                path.replace("{kind}", "claim").replace("{slug}", "alpha-2001-c1.ttl").replace("{part}", "quote.ttl"));
        }
        if (path.startsWith("/id/")) {
            return List.of(path.replace("{kind}", "org").replace("{slug}", "testland-navy"),
                path.replace("{kind}", "org").replace("{slug}", "testland-navy.jsonld"),
                path.replace("{kind}", "claim").replace("{slug}", "alpha-2001-c2.html"));
        }
        String concrete = path.replace("{paper}", "alpha-2001").replace("/conflicts/{slug}", "/conflicts/border-war-end")
            .replace("{kind}", "org").replace("{slug}", "testland-navy").replace("{id}", idFor(path))
            .replace("{name}", path.startsWith("/graph/") ? "alpha-2001" : "posts-of-person").replace("{release}", release).replace("{file}", "usmx.nq")
            .replace("{version}", org.usmx.web.StaticAssets.VERSION).replace("<path>", "vendor/yasgui/yasgui.min.css")
            + (path.equals("/api/search") || path.equals("/search") ? "?q=navy" : path.equals("/api/causal-graph") ? "?from=factor:distrust"
                : path.startsWith("/reconcile/suggest/") ? "?prefix=na" : path.equals("/reconcile/preview") ? "?id=https://w3id.org/usmx/id/org/testland-navy" : "");
        return List.of(concrete);
    }

    private static String idFor(String path) {
        return path.startsWith("/api/sources") ? "alpha-2001" : "alpha-2001-c1";
    }
}
