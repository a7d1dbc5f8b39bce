package org.usmx.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;
import org.usmx.testing.RunningServer;

/** /api/causal-graph over the real graph: direction, determinism, claims on edges, filters. */
class CausalGraphApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOCUS = "https://w3id.org/usmx/id/factor/use-of-military-against-organized-crime";
    private static final String BASE = "/api/causal-graph?from=factor:use-of-military-against-organized-crime";

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = RunningServer.real().get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** Every node the graph says reaches {@code target} along derived influence edges (causes or hinders). */
    private static Set<String> reaching(String target, boolean upstream) {
        String pattern = upstream ? "?n usmx:influences+ <" + target + ">" : "<" + target + "> usmx:influences+ ?n";
        Set<String> out = new TreeSet<>();
        RealGraph.rows("SELECT DISTINCT ?n WHERE { GRAPH <https://w3id.org/usmx/graph/inferred> { " + pattern + " } }")
            .forEach(out::add);
        return out;
    }

    private static String last(String iri) {
        return iri.replaceAll(".*[/#]", "");
    }

    @Test
    void upReturnsOnlyCausesAndDownOnlyEffects() throws Exception {
        for (String direction : List.of("up", "down")) {
            boolean up = direction.equals("up");
            JsonNode g = get(BASE + "&direction=" + direction + "&depth=3");
            assertEquals(direction, g.path("direction").asText());
            Set<String> allowed = reaching(FOCUS, up);
            assertTrue(g.path("nodes").size() > 1, direction + ": no neighbours at all: " + g);
            for (JsonNode n : g.path("nodes")) {
                String iri = n.path("iri").asText();
                if (iri.equals(FOCUS)) continue;
                assertTrue(allowed.contains(last(iri)), direction + ": " + iri + " is not " + (up ? "a cause" : "an effect") + " of the focus");
            }
            for (JsonNode e : g.path("edges")) {
                String toward = up ? e.path("to").asText() : e.path("from").asText();
                assertTrue(toward.equals(FOCUS) || allowed.contains(last(toward)), direction + ": edge leads away: " + e.path("iri"));
                if (up) assertFalse(e.path("from").asText().equals(FOCUS), "an up query followed an edge out of the focus: " + e.path("iri"));
                else assertFalse(e.path("to").asText().equals(FOCUS), "a down query followed an edge into the focus: " + e.path("iri"));
            }
        }
    }

    @Test
    void bothIsTheUnionOfUpAndDownNotAnUndirectedWalk() throws Exception {
        Set<String> up = iris(get(BASE + "&direction=up&depth=2").path("edges"));
        Set<String> down = iris(get(BASE + "&direction=down&depth=2").path("edges"));
        Set<String> both = iris(get(BASE + "&direction=both&depth=2").path("edges"));
        Set<String> union = new TreeSet<>(up);
        union.addAll(down);
        assertEquals(union, both);
    }

    @Test
    void theSameRequestGivesTheSameJson() throws Exception {
        RunningServer s = RunningServer.real();
        String a = s.get(BASE + "&direction=both&depth=2").body();
        String b = s.get(BASE + "&direction=both&depth=2").body();
        String c = s.get("/api/causal-graph?depth=2&direction=both&from=" + RunningServer.enc(FOCUS)).body();
        assertEquals(a, b);
        assertEquals(a, c, "the same question asked with the full IRI and other parameter order");
    }

    @Test
    void eachEdgeCarriesExactlyTheClaimsItWasDerivedFromWithQuoteAndPaper() throws Exception {
        JsonNode g = get(BASE + "&direction=down&depth=1");
        for (JsonNode e : g.path("edges")) {
            Set<String> expected = new TreeSet<>(RealGraph.rows("SELECT ?c WHERE { <" + e.path("iri").asText() + "> usmx:derivedFromClaim ?c }"));
            Set<String> got = new TreeSet<>();
            for (JsonNode c : e.path("claims")) {
                got.add(last(c.path("iri").asText()));
                assertFalse(c.path("quote").asText().isBlank(), c.toString());
                assertTrue(c.path("paper").asText().startsWith("https://w3id.org/usmx/id/document/"), c.toString());
                assertFalse(c.path("modality").asText().isBlank(), c.toString());
            }
            assertEquals(expected, got, e.path("iri").asText());
        }
        JsonNode node = g.path("nodes").get(0);
        assertEquals(FOCUS, node.path("iri").asText());
        assertEquals("use of the military against organized crime", node.path("label").asText());
        assertEquals("factor", node.path("kind").asText());
        assertTrue(node.path("degree").asInt() >= g.path("edges").size());
    }

    @Test
    void edgesWherePapersDisagreeAreMarkedWithTheConflict() throws Exception {
        JsonNode g = get(BASE + "&direction=down&depth=1");
        JsonNode humanRights = null;
        for (JsonNode e : g.path("edges")) {
            if (e.path("to").asText().endsWith("/human-rights-violations-by-the-military")) humanRights = e;
        }
        assertTrue(humanRights != null && humanRights.path("disputed").asBoolean(), String.valueOf(humanRights));
        // one node for the disagreement (issue 13); Deare's claim is on Downie's side, so it is no disagreement
        assertTrue(humanRights.path("disagreements").toString().contains("conflict/crosspaper-military-human-rights-record\""),
            humanRights.path("disagreements").toString());
        assertFalse(humanRights.path("disagreements").toString().contains("claim/deare-2009-c218"), humanRights.path("disagreements").toString());
    }

    @Test
    void filtersKeepOnlyTheClaimsOfOnePaperHolderOrModality() throws Exception {
        JsonNode deare = get(BASE + "&direction=both&depth=2&paper=deare-2009");
        assertTrue(deare.path("edges").size() > 0);
        for (JsonNode e : deare.path("edges")) {
            for (JsonNode c : e.path("claims")) assertEquals("https://w3id.org/usmx/id/document/deare-2009", c.path("paper").asText());
        }
        JsonNode hedged = get(BASE + "&direction=both&depth=3&modality=hedged");
        for (JsonNode e : hedged.path("edges")) {
            for (JsonNode c : e.path("claims")) assertEquals("Hedged", c.path("modality").asText());
        }
        JsonNode byDownie = get(BASE + "&depth=1&attributedTo=person:richard-downie");
        for (JsonNode e : byDownie.path("edges")) {
            for (JsonNode c : e.path("claims")) assertTrue(c.path("attributedTo").toString().contains("person/richard-downie"));
        }
        RunningServer s = RunningServer.real();
        assertEquals(400, s.get(BASE + "&direction=sideways").statusCode());
        assertEquals(400, s.get(BASE + "&depth=4").statusCode());
        assertEquals(400, s.get(BASE + "&modality=certain").statusCode());
        assertEquals(400, s.get(BASE + "&paper=smith-1999").statusCode());
        assertTrue(s.get(BASE + "&paper=smith-1999").body().contains("paper"));
    }

    private static Set<String> iris(JsonNode edges) {
        List<String> out = new ArrayList<>();
        edges.forEach(e -> out.add(e.path("iri").asText()));
        return new TreeSet<>(out);
    }
}
