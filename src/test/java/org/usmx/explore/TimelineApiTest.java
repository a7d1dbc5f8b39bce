package org.usmx.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;

/** /api/timeline over the real graph: a difference of precision is no conflict, a recorded contradiction is. */
class TimelineApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = RunningServer.real().get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode item(String subjectSlug, String property) throws Exception {
        JsonNode t = get("/api/timeline?limit=1000&about=" + subjectSlug);
        for (JsonNode i : t.path("items")) if (i.path("property").asText().equals(property)) return i;
        throw new AssertionError("no " + property + " item for " + subjectSlug + ": " + t);
    }

    private static List<String> dates(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.path("positions").forEach(p -> out.add(p.path("date").asText()));
        return out;
    }

    @Test
    void meridaMeetingDatesAreAContradictionWithBothPositionsLinkedToTheConflict() throws Exception {
        JsonNode m = item("event:merida-initiative-agreement-2007", "date");
        assertEquals("conflict", m.path("status").asText());
        assertEquals(List.of("2007-03", "2007-10"), dates(m));
        assertEquals("https://w3id.org/usmx/id/conflict/crosspaper-merida-meeting-date", m.path("conflict").path("iri").asText());
        assertTrue(m.path("conflict").path("betweenPapers").asBoolean());
        String sides = m.path("conflict").path("sides").toString();
        assertTrue(sides.contains("document/deare-2009") && sides.contains("document/downie-2011"), sides);
        assertTrue(sides.contains("in October 2007") && sides.contains("March 2007 meeting"), sides);
        for (JsonNode p : m.path("positions")) assertFalse(p.path("sources").get(0).path("quote").asText().isBlank());
    }

    @Test
    void perrysVisitIn1995AndOctober1995DiffersOnlyInPrecision() throws Exception {
        JsonNode p = item("event:perry-visit-to-mexico-1995", "date");
        assertEquals(List.of("1995", "1995-10"), dates(p));
        assertEquals("agreed", p.path("status").asText());
        assertTrue(p.path("conflict").isMissingNode(), p.toString());
        assertEquals(List.of("https://w3id.org/usmx/id/document/deare-2009", "https://w3id.org/usmx/id/document/downie-2011",
            "https://w3id.org/usmx/id/document/rodriguez-sumano-2007"), JSON.convertValue(p.path("papers"), List.class));
    }

    @Test
    void itemsAreOrderedInLanesWithSourcesAndTheRangeReaches1822To2012() throws Exception {
        JsonNode all = get("/api/timeline?limit=1000");
        List<String> ordered = new ArrayList<>();
        for (JsonNode i : all.path("items")) {
            ordered.add(i.path("date").asText());
            assertTrue(List.of("united-states", "mexico", "bilateral", "unplaced").contains(i.path("lane").asText()), i.toString());
            assertTrue(i.path("positions").size() > 0 && i.path("positions").get(0).path("sources").size() > 0, i.toString());
        }
        assertEquals(ordered.stream().sorted().toList(), ordered);
        assertTrue(ordered.get(0).startsWith("1822"), ordered.get(0));
        assertTrue(ordered.stream().anyMatch(d -> d.startsWith("2012")));
        JsonNode perry = item("event:perry-visit-to-mexico-1995", "date");
        assertNotNull(perry.path("lane").asText());
        JsonNode mexico = get("/api/timeline?limit=1000&lane=mexico&from=2006&to=2006");
        mexico.path("items").forEach(i -> assertEquals("mexico", i.path("lane").asText()));
        assertEquals(400, RunningServer.real().get("/api/timeline?lane=canada").statusCode());
    }
}
