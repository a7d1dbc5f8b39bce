package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/**
 * A query text is parsed once and its parsed form shared by every request that sends it: many
 * requests at once, each computed afresh, all get the one right answer.
 */
@ExtendWith(FixtureServer.class)
class SharedParsedQueryTest {

    private static final String QUERY = "SELECT ?claim ?label WHERE { ?claim a usmx:Claim ; rdfs:label ?label FILTER(REGEX(?label, \"a\")) } ORDER BY ?claim";

    @Test
    void oneTextManyRequestsOneAnswer(RunningServer server) throws Exception {
        String expected = computed(server);
        assertTrue(expected.contains("alpha-2001-c1"), expected);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) answers.add(pool.submit(() -> computed(server)));
            for (Future<String> a : answers) assertEquals(expected, a.get());
        }
    }

    @Test
    void aTextThatFailedToParseStillFailsEveryTime(RunningServer server) {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = server.sparql("SELECT ?x WHERE { ?x ?p }", "application/sparql-results+json");
            assertEquals(400, r.statusCode(), r.body());
        }
    }

    private static String computed(RunningServer server) {
        HttpResponse<String> r = server.get("/sparql?query=" + RunningServer.enc(QUERY),
            "Accept", "text/csv", "Cache-Control", "no-cache");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
