package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/**
 * The OpenAPI document is valid enough to use and covers exactly the routes the server registers
 * (API, Linked Data, ontology, pages, dataset), and every documented path answers one of its
 * documented success statuses (200, or 303 where the route redirects).
 */
class ApiContractTest {

    private static final Pattern ROUTE = Pattern.compile("config\\.routes\\.get\\(\"([^\"]+)\"");

    @Test
    void openApiCoversEveryRegisteredRouteAndEveryDocumentedPathAnswers() throws Exception {
        String wiring = Files.readString(TestProject.repositoryRoot().resolve("src/main/java/org/usmx/server/Application.java"));
        Set<String> registered = new TreeSet<>();
        Matcher m = ROUTE.matcher(wiring);
        while (m.find()) registered.add(m.group(1));
        registered.add("/sparql"); // served by Fuseki, described in the same document
        try (RunningServer server = RunningServer.start(TestProject.withFixtureData())) {
            JsonNode doc = new ObjectMapper().readTree(server.get("/api/openapi.json").body());
            assertEquals("3.1.0", doc.path("openapi").asText());
            Set<String> documented = new TreeSet<>();
            doc.path("paths").fieldNames().forEachRemaining(documented::add);
            assertEquals(registered, documented);
            List<String> failing = new ArrayList<>();
            for (String path : documented) {
                if (path.equals("/sparql")) continue; // the SPARQL protocol has its own tests
                JsonNode get = doc.path("paths").path(path).path("get");
                Set<String> success = new TreeSet<>();
                get.path("responses").fieldNames().forEachRemaining(code -> { if (code.startsWith("2") || code.startsWith("3")) success.add(code); });
                success.remove("304");
                assertTrue(get.has("summary") && !success.isEmpty(), path);
                doc.path("paths").path(path).fields().forEachRemaining(op -> assertTrue(op.getValue().has("operationId"), path + " " + op.getKey()));
                JsonNode ok = get.path("responses").path("200").path("content");
                if (ok.has("application/json")) assertTrue(ok.path("application/json").path("schema").has("$ref")
                    || ok.path("application/json").path("schema").has("oneOf"), "a response schema for " + path);
                for (String concrete : examples(path)) {
                    int status = server.get(concrete).statusCode();
                    if (!success.contains(Integer.toString(status))) failing.add(concrete + " -> " + status + " (documented: " + success + ")");
                }
            }
            assertEquals(List.of(), failing);
        }
    }

    /** Concrete requests for a documented path over the fixture data. */
    private static List<String> examples(String path) {
        if (path.startsWith("/id/annotation/")) {
            return List.of(path.replace("{kind}", "claim").replace("{slug}", "alpha-2001-c1").replace("{part}", "target"),
                path.replace("{kind}", "claim").replace("{slug}", "alpha-2001-c1.ttl").replace("{part}", "quote.ttl"));
        }
        if (path.startsWith("/id/")) {
            return List.of(path.replace("{kind}", "org").replace("{slug}", "testland-navy"),
                path.replace("{kind}", "org").replace("{slug}", "testland-navy.jsonld"),
                path.replace("{kind}", "claim").replace("{slug}", "alpha-2001-c2.html"));
        }
        String concrete = path.replace("{kind}", "org").replace("{slug}", "testland-navy").replace("{id}", idFor(path))
            .replace("{name}", path.startsWith("/graph/") ? "alpha-2001" : "posts-of-person").replace("{file}", "usmx.nq")
            + (path.equals("/api/search") || path.equals("/search") ? "?q=navy" : path.equals("/api/causal-graph") ? "?from=factor:distrust"
                : path.startsWith("/reconcile/suggest/") ? "?prefix=na" : path.equals("/reconcile/preview") ? "?id=https://w3id.org/usmx/id/org/testland-navy" : "");
        return List.of(concrete);
    }

    private static String idFor(String path) {
        return path.startsWith("/api/sources") ? "alpha-2001" : "alpha-2001-c1";
    }
}
