package org.usmx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;

/** The benchmark's own parts: queries every peer can run, and the ratio arithmetic. */
class BenchmarkPartsTest {

    @Test
    void libraryQueriesAreStandardSparqlWithTheirDefaultsBound() {
        List<LibraryQuery> queries = LibraryQuery.load(TestProject.repositoryRoot().resolve("queries"));
        assertTrue(queries.size() >= 30, "the whole library: " + queries.size());
        for (LibraryQuery q : queries) {
            // strict SPARQL 1.1 and no predeclared prefixes: what a peer parses
            QueryFactory.create(q.text(), Syntax.syntaxSPARQL_11);
        }
        LibraryQuery posts = queries.stream().filter(q -> q.name().equals("posts-of-person")).findFirst().orElseThrow();
        assertTrue(posts.text().contains("https://w3id.org/usmx/id/person/"), "the default person is bound: " + posts.text());
        assertFalse(posts.text().contains("?person "), "no unbound parameter left: " + posts.text());
    }

    @Test
    void ratiosAreMedianOverTheQueriesBothAnswer() {
        Map<String, Map<String, Double>> rates = new LinkedHashMap<>();
        rates.put("a", new java.util.HashMap<>(Map.of("usmx", 10.0, "peer", 5.0)));
        rates.put("b", Map.of("usmx", 10.0, "peer", 40.0));
        rates.put("c", Map.of("usmx", 30.0, "peer", 10.0));
        rates.put("d", Map.of("usmx", 30.0));
        String table = RatioTable.library(rates, List.of("usmx"), List.of("peer"));
        assertTrue(table.contains("| usmx | peer | 3 | 2.00 | `b` 0.25 |"), table);
        assertEquals(2.5, RatioTable.median(List.of(1.0, 4.0, 2.0, 3.0)));

        rates.get("a").put("fast", 100.0);
        String two = RatioTable.library(rates, List.of("usmx"), List.of("peer", "fast"));
        assertTrue(two.contains("| usmx | best peer | 3 | 0.25 | `a` 0.10, `b` 0.25 |"), two);
    }

    @Test
    void hotPathsAreMeasuredBesideAFileOfTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path publicDir) throws Exception {
        org.usmx.testing.SharedStore real = org.usmx.testing.SharedStore.real();
        try (org.usmx.server.UsmxServer server = org.usmx.server.Application.build(real.project().settings(), real.store(),
                org.usmx.config.Limits.defaults(), new org.usmx.web.PublicFiles(java.util.Optional.of(publicDir))).start()) {
            String base = "http://127.0.0.1:" + server.port();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String table = HotPaths.run(http, base, java.time.Duration.ofMillis(100), publicDir);
            for (int i = 0; i < HotPaths.ROUTES.size(); i++) {
                String route = HotPaths.ROUTES.get(i);
                byte[] served = http.send(Benchmark.get(base + route), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
                assertTrue(java.util.Arrays.equals(served, java.nio.file.Files.readAllBytes(publicDir.resolve("hot-" + i + ".bin"))),
                    "the twin of " + route + " holds its bytes");
                assertTrue(table.contains("| `" + route + "` | " + served.length + " | "), table);
            }
            assertTrue(table.contains("Lowest ratio: "), table);
        }
    }
}
