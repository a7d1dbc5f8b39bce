package org.usmx.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.provenance.Timeline;
import org.usmx.testing.RunningServer;

/** /api/timeline and /explore/timeline page in SPARQL: totals, filters and page boundaries over the real graph. */
class TimelinePagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The same items counted straight from the data: one per subject and date property (per date if attested), by its earliest year. */
    private static final String COUNT_2006_TO_2010 = """
        PREFIX usmx: <https://w3id.org/usmx/ontology#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT (COUNT(*) AS ?n) WHERE {
          { SELECT ?subject ?property ?key (MIN(STR(?date)) AS ?first) WHERE {
              VALUES ?property { usmx:date usmx:startDate usmx:endDate usmx:attestedDate }
              GRAPH ?g { ?s ?property ?date }
              OPTIONAL { ?s usmx:referenceOf ?h }
              BIND(COALESCE(?h, ?s) AS ?subject)
              BIND(IF(?property = usmx:attestedDate, STR(?date), "") AS ?key)
            } GROUP BY ?subject ?property ?key }
          BIND(xsd:integer(SUBSTR(?first, 1, 4)) AS ?year)
          FILTER(?year >= 2006 && ?year <= 2010)
        }""";

    private static List<String> keys(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("subject").asText() + " " + i.path("property").asText() + " " + i.path("date").asText()));
        return out;
    }

    /** Every item of a filter, walked page by page with a small limit. */
    private static List<String> walk(String filter, int limit, long total) {
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < total + limit; offset += limit) {
            JsonNode p = RunningServer.real().getJson("/api/timeline?limit=" + limit + "&offset=" + offset + filter);
            assertEquals(total, p.path("total").asLong(), "every page counts the same matches");
            assertTrue(p.path("items").size() <= limit);
            all.addAll(keys(p));
        }
        return all;
    }

    @Test
    void theTotalFor2006To2010IsWhatASparqlCountOverTheDataSays() throws Exception {
        JsonNode counted = JSON.readTree(RunningServer.real().sparql(COUNT_2006_TO_2010, "application/sparql-results+json").body());
        long expected = counted.path("results").path("bindings").get(0).path("n").path("value").asLong();
        JsonNode page = RunningServer.real().getJson("/api/timeline?from=2006&to=2010&limit=5");
        assertTrue(expected > 20, "the real graph has many items in 2006–2010: " + expected);
        assertEquals(expected, page.path("total").asLong());
        assertEquals(5, page.path("items").size());
        page.path("items").forEach(i -> assertTrue(i.path("date").asText().compareTo("2006") >= 0 && i.path("date").asText().substring(0, 4).compareTo("2010") <= 0, i.toString()));
    }

    @Test
    void eachPageContinuesThePreviousWithoutOverlapOrGap() {
        for (String filter : List.of("", "&from=2006&to=2010", "&lane=bilateral")) {
            JsonNode whole = RunningServer.real().getJson("/api/timeline?limit=1000" + filter);
            long total = whole.path("total").asLong();
            assertEquals(total, whole.path("items").size(), "the real graph fits one page of 1000");
            List<String> walked = walk(filter, 7, total);
            assertEquals(keys(whole), walked, filter);
            assertEquals(walked.size(), new HashSet<>(walked).size(), "no item on two pages: " + filter);
        }
        JsonNode beyond = RunningServer.real().getJson("/api/timeline?offset=100000");
        assertTrue(beyond.path("total").asLong() > 100);
        assertEquals(0, beyond.path("items").size());
    }

    @Test
    void laneAndPaperFiltersSelectExactlyTheirItems() {
        JsonNode whole = RunningServer.real().getJson("/api/timeline?limit=1000");
        long sum = 0;
        for (String lane : Timeline.LANES) {
            JsonNode in = RunningServer.real().getJson("/api/timeline?limit=1000&lane=" + lane);
            long expected = 0;
            for (JsonNode i : whole.path("items")) if (i.path("lane").asText().equals(lane)) expected++;
            assertEquals(expected, in.path("total").asLong(), lane);
            in.path("items").forEach(i -> assertEquals(lane, i.path("lane").asText()));
            sum += in.path("total").asLong();
        }
        assertEquals(whole.path("total").asLong(), sum, "every item is in exactly one lane");
        String downie = "https://w3id.org/usmx/id/document/downie-2011";
        List<String> expected = new ArrayList<>();
        for (JsonNode i : whole.path("items")) {
            for (JsonNode p : i.path("papers")) if (p.asText().equals(downie)) expected.add(i.path("subject").asText() + " " + i.path("property").asText() + " " + i.path("date").asText());
        }
        JsonNode fromDownie = RunningServer.real().getJson("/api/timeline?limit=1000&paper=downie-2011");
        assertFalse(expected.isEmpty());
        assertEquals(expected, keys(fromDownie));
        assertTrue(fromDownie.path("total").asLong() < whole.path("total").asLong());
        JsonNode both = RunningServer.real().getJson("/api/timeline?limit=1000&paper=downie-2011&lane=mexico&from=2007&to=2008");
        both.path("items").forEach(i -> {
            assertEquals("mexico", i.path("lane").asText());
            assertTrue(i.path("papers").toString().contains(downie));
            assertTrue(i.path("date").asText().startsWith("2007") || i.path("date").asText().startsWith("2008"), i.toString());
        });
    }

    @Test
    void theExploreTimelineShowsOneWindowWithLinksToTheNextWithoutJavaScript() {
        long total = RunningServer.real().getJson("/api/timeline?limit=1").path("total").asLong();
        assertTrue(total > ExploreController.TIMELINE_PAGE, "the real graph needs more than one page: " + total);
        String first = RunningServer.real().get("/explore/timeline").body();
        assertTrue(first.contains("Dated items 1–" + ExploreController.TIMELINE_PAGE + " of " + total), first);
        Set<String> rows = rowIds(first);
        assertEquals(ExploreController.TIMELINE_PAGE, rows.size());
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertTrue(next.find(), "a link to the later items");
        assertFalse(first.contains("rel=\"prev\""));
        String second = RunningServer.real().get(next.group(1).replace("&amp;", "&").replace("#items", "")).body();
        assertTrue(second.contains("Dated items " + (ExploreController.TIMELINE_PAGE + 1) + "–" + total + " of " + total), second);
        Set<String> later = rowIds(second);
        assertEquals(total - ExploreController.TIMELINE_PAGE, later.size());
        later.forEach(id -> assertFalse(rows.contains(id), id + " on both pages"));
        assertTrue(second.contains("rel=\"prev\""));
        // around a subject: the window holds it, whatever page it is on
        String around = RunningServer.real().get("/explore/timeline?around=event:merida-initiative-agreement-2007").body();
        assertTrue(around.contains("id=\"event-merida-initiative-agreement-2007-date\" class=\"st-conflict around\""), around);
        assertEquals(400, RunningServer.real().get("/explore/timeline?offset=-1").statusCode());
    }

    private static Set<String> rowIds(String html) {
        Set<String> ids = new HashSet<>();
        // a row is its id (subject and property) and its first date: two attested dates are two rows
        Matcher m = Pattern.compile("<tr id=\"([^\"]+)\"[^>]* data-iso=\"([^\"]+)\"").matcher(html);
        while (m.find()) ids.add(m.group(1) + " " + m.group(2));
        return ids;
    }

    /**
     * The timeline holds no catalogue: a Timeline keeps only what it needs to ask the store (no
     * collection, map or array of items), so its memory does not grow with the data; each request
     * reads one page. Fails if a list of every item (or an index of them) comes back as a field.
     */
    @Test
    void aTimelineHoldsNoCollectionOfItems() {
        for (Field f : Timeline.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Class<?> t = f.getType();
            assertFalse(java.util.Collection.class.isAssignableFrom(t) || java.util.Map.class.isAssignableFrom(t) || t.isArray(),
                "Timeline." + f.getName() + " is a " + t.getSimpleName() + ": the timeline must page in SPARQL, not hold its items");
        }
        for (var m : Timeline.class.getMethods()) {
            if (m.getDeclaringClass() != Timeline.class) continue;
            boolean windowed = List.of(m.getParameterTypes()).contains(int.class);
            assertTrue(!java.util.Collection.class.isAssignableFrom(m.getReturnType()) || windowed,
                "Timeline." + m.getName() + "() returns every item: " + m);
        }
    }
}
