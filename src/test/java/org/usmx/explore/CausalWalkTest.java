package org.usmx.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.provenance.CausalNetwork;
import org.usmx.testing.RunningServer;

/** /api/causal-graph walks the store level by level: its views match a walk over every edge read straight from the data. */
class CausalWalkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOCUS = "https://w3id.org/usmx/id/factor/institutional-weakness-in-mexico";

    /** Every derived causal edge resting on a causal claim, with the papers of its claims. */
    private static final String EDGES = """
        PREFIX usmx: <https://w3id.org/usmx/ontology#>
        SELECT ?edge ?from ?to ?paper WHERE {
          ?edge a usmx:CausalEdge ; usmx:edgeFrom ?from ; usmx:edgeTo ?to ; usmx:polarity ?p ; usmx:derivedFromClaim ?claim .
          ?claim a usmx:CausalClaim ; usmx:statedIn ?paper ; usmx:cause ?c ; usmx:effect ?e .
        }""";

    private record E(String iri, String from, String to) {}

    /** The edges (kept by paper, if given) and the walk over them, computed here from the whole edge list. */
    private static Map<String, E> edges(String paper) throws Exception {
        JsonNode rows = JSON.readTree(RunningServer.real().sparql(EDGES, "application/sparql-results+json").body()).path("results").path("bindings");
        Map<String, E> out = new TreeMap<>();
        for (JsonNode r : rows) {
            if (paper != null && !r.path("paper").path("value").asText().equals(paper)) continue;
            out.put(r.path("edge").path("value").asText(), new E(r.path("edge").path("value").asText(), r.path("from").path("value").asText(), r.path("to").path("value").asText()));
        }
        return out;
    }

    private static Set<String> walk(Map<String, E> edges, int depth, boolean up, boolean down, Map<String, Integer> distance) {
        Set<String> chosen = new TreeSet<>();
        distance.put(FOCUS, 0);
        for (boolean upstream : new boolean[] {true, false}) {
            if (upstream ? !up : !down) continue;
            Set<String> seen = new TreeSet<>(List.of(FOCUS));
            List<String> frontier = List.of(FOCUS);
            for (int d = 1; d <= depth; d++) {
                List<String> next = new ArrayList<>();
                for (String n : frontier) {
                    for (E e : edges.values()) {
                        if (!(upstream ? e.to() : e.from()).equals(n)) continue;
                        chosen.add(e.iri());
                        String other = upstream ? e.from() : e.to();
                        if (seen.add(other)) { next.add(other); distance.merge(other, d, Math::min); }
                    }
                }
                frontier = next;
            }
        }
        return chosen;
    }

    @Test
    void eachViewHoldsExactlyTheEdgesAndDistancesOfAWalkOverTheWholeNetwork() throws Exception {
        String downie = "https://w3id.org/usmx/id/document/downie-2011";
        for (String paper : new String[] {null, downie}) {
            Map<String, E> all = edges(paper);
            for (int depth = 1; depth <= 3; depth++) {
                for (String direction : List.of("up", "down", "both")) {
                    Map<String, Integer> distance = new HashMap<>();
                    Set<String> expected = walk(all, depth, !direction.equals("down"), !direction.equals("up"), distance);
                    JsonNode view = RunningServer.real().getJson("/api/causal-graph?from=factor:institutional-weakness-in-mexico&depth=" + depth
                        + "&direction=" + direction + (paper == null ? "" : "&paper=downie-2011"));
                    Set<String> got = new TreeSet<>();
                    view.path("edges").forEach(e -> got.add(e.path("iri").asText()));
                    String what = direction + " " + depth + " " + paper;
                    assertEquals(expected, got, what);
                    for (JsonNode n : view.path("nodes")) {
                        String iri = n.path("iri").asText();
                        assertEquals((int) distance.getOrDefault(iri, depth), n.path("distance").asInt(), iri + " " + what);
                        long degree = all.values().stream().filter(e -> e.from().equals(iri) || e.to().equals(iri)).count();
                        assertEquals(degree, n.path("degree").asLong(), "degree over the whole filtered network: " + iri + " " + what);
                    }
                }
            }
        }
        JsonNode three = RunningServer.real().getJson("/api/causal-graph?from=factor:institutional-weakness-in-mexico&depth=3");
        assertTrue(three.path("edges").size() > 20, "the real graph reaches many edges in three steps: " + three.path("edges").size());
    }

    /**
     * The network holds no catalogue: a CausalNetwork keeps only what it needs to ask the store (no
     * collection, map or array of edges, claims or labels), so its memory does not grow with the
     * data; each request reads the nodes its walk reaches.
     */
    @Test
    void aCausalNetworkHoldsNoCollectionOfEdgesOrClaims() {
        for (Field f : CausalNetwork.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Class<?> t = f.getType();
            assertFalse(java.util.Collection.class.isAssignableFrom(t) || java.util.Map.class.isAssignableFrom(t) || t.isArray(),
                "CausalNetwork." + f.getName() + " is a " + t.getSimpleName() + ": walks read the store level by level, not a held network");
        }
    }
}
