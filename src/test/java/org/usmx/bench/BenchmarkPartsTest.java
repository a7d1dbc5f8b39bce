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
        rates.put("a", Map.of("usmx", 10.0, "peer", 5.0));
        rates.put("b", Map.of("usmx", 10.0, "peer", 40.0));
        rates.put("c", Map.of("usmx", 30.0, "peer", 10.0));
        rates.put("d", Map.of("usmx", 30.0));
        String table = RatioTable.library(rates, List.of("usmx"), List.of("peer"));
        assertTrue(table.contains("| usmx | peer | 3 | 2.00 | `b` 0.25 |"), table);
        assertEquals(2.5, RatioTable.median(List.of(1.0, 4.0, 2.0, 3.0)));
    }
}
