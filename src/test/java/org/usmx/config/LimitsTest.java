package org.usmx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void environmentOverridesDefaultsAndPropertiesOverrideTheEnvironment() {
        Map<String, String> env = Map.of("USMX_SPARQL_CONCURRENCY", "3", "USMX_SPARQL_QUEUE_WAIT", "2.5",
            "USMX_SERVICE_ALLOW_LIST", "https://query.wikidata.org/sparql, https://dbpedia.org/sparql", "USMX_MAX_QUERY_NESTING", "9");
        Map<String, String> props = Map.of("usmx.maxQueryNesting", "12", "usmx.rateLimitLoopback", "true");
        Limits l = Limits.fromEnvironment(props::get, env::get);
        assertEquals(3, l.sparqlConcurrency());
        assertEquals(Duration.ofMillis(2500), l.sparqlQueueWait());
        assertEquals(12, l.maxQueryNesting(), "the system property wins");
        assertEquals(List.of("https://query.wikidata.org/sparql", "https://dbpedia.org/sparql"), l.serviceAllowList());
        assertTrue(l.rateLimitLoopback());
        assertEquals(Limits.defaults().maxQueryChars(), l.maxQueryChars());
        assertFalse(Limits.defaults().rateLimitLoopback());
        assertTrue(Limits.defaults().serviceAllowList().isEmpty(), "SERVICE is off unless an operator lists endpoints");
    }

    @Test
    void aBadValueNamesTheVariable() {
        var e = assertThrows(IllegalArgumentException.class,
            () -> Limits.fromEnvironment(k -> null, Map.of("USMX_HEAP_FRACTION", "2")::get));
        assertTrue(e.getMessage().contains("USMX_HEAP_FRACTION"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Limits.fromEnvironment(k -> null, Map.of("USMX_SPARQL_QUEUE", "-1")::get));
    }
}
