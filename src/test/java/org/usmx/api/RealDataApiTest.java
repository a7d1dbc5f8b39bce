package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.curation.recipe.Expectations;
import org.usmx.curation.recipe.Papers;
import org.usmx.testing.RealServer;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/** The REST facade over the real curated graph: answers a researcher can check against the papers. */
@ExtendWith(RealServer.class)
class RealDataApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    private static JsonNode get(String path) {
        return server.getJson(path);
    }

    @Test
    void traceOfADownieClaimLeadsToItsPassageFootnoteAndDearesStrategicForum() throws Exception {
        JsonNode t = get("/api/claims/downie-2011-c061/trace");
        JsonNode ev = t.path("evidence");
        assertEquals("Accordingly, the concept of cooperating with members of the US armed forces was unpleasant at best and unthinkable for some.",
            ev.path("quote").asText());
        assertEquals(10, ev.path("page").asInt());
        assertEquals("https://w3id.org/usmx/id/document/downie-2011", ev.path("source").path("iri").asText());
        JsonNode note = t.path("footnotes").get(0);
        assertEquals(7, note.path("number").asInt());
        assertEquals("Deare, p. 2.", note.path("text").asText());
        JsonNode work = note.path("cites").get(0);
        assertEquals("https://w3id.org/usmx/id/document/deare-2009", work.path("iri").asText(), "the cited work is the source paper node");
        assertEquals("p. 2", work.path("pages").asText());
    }

    @Test
    void sedenaHeadsDuringTheCalderonPresidencyByPeriodOverlap() throws Exception {
        JsonNode t = get("/api/tenures?org=inst:sedena&during=mship:felipe-calderon-mexico-president");
        assertEquals("2006-01-01", t.path("period").path("from").asText());
        assertEquals("2010-08-31", t.path("period").path("to").asText());
        assertEquals(1, t.path("total").asInt(), t.toString());
        JsonNode galvan = t.path("items").get(0);
        assertEquals("https://w3id.org/usmx/id/person/guillermo-galvan-galvan", galvan.path("person").asText());
        assertEquals("https://w3id.org/usmx/id/post/sedena-secretary", galvan.path("post").asText());
        assertEquals("[\"2007-10\",\"2009-03\"]", galvan.path("attested").toString());
        assertEquals(4, galvan.path("references").asInt());
        // by dates: 1996 finds Cervantes Aguirre (attested 1995, 1997, 2000), and a post narrows as well as an org
        JsonNode y1996 = get("/api/tenures?post=post:sedena-secretary&from=1996&to=1996");
        assertEquals(1, y1996.path("total").asInt(), y1996.toString());
        assertEquals("https://w3id.org/usmx/id/person/enrique-cervantes-aguirre", y1996.path("items").get(0).path("person").asText());
        assertEquals(400, server.get("/api/tenures?org=inst:sedena&from=March").statusCode());
        assertEquals(400, server.get("/api/tenures?org=inst:sedena&during=mship:no-such-holding").statusCode());
        assertEquals(400, server.get("/api/tenures?during=mship:felipe-calderon-mexico-president&from=2007").statusCode());
    }

    @Test
    void spellingsOfSedenaAllFindTheOneEntityFirst() throws Exception {
        for (String q : new String[] {"Sedena", "SEDENA", "Secretar%C3%ADa%20de%20la%20Defensa%20Nacional", "secretaria%20de%20la%20defensa", "Defensa"}) {
            JsonNode first = get("/api/search?kind=entity&q=" + q).path("items").get(0);
            assertEquals("https://w3id.org/usmx/id/org/sedena", first.path("iri").asText(), q);
        }
    }

    @Test
    void renuartsPostsComeFromTwoPapersWithTheirQuotes() throws Exception {
        JsonNode e = get("/api/entities/person/gene-renuart");
        List<String> papers = new ArrayList<>();
        e.path("memberships").forEach(m -> papers.add(m.toString()));
        assertTrue(papers.stream().anyMatch(m -> m.contains("downie-2011")) && papers.stream().anyMatch(m -> m.contains("rodriguez-sumano-2007")),
            "memberships: " + papers);
    }

    @Test
    void everyPaperInTheDataIsListedWithAtLeastItsFloorOfClaims() throws Exception {
        // The papers are the data's (data/{id}/document.ttl declaring a usmx:SourcePaper), not a Java list.
        Path data = TestProject.repositoryRoot().resolve("data");
        List<String> expected = Papers.ids(data);
        assertTrue(expected.size() >= 4, "the four curated papers at least: " + expected);
        JsonNode s = get("/api/sources");
        List<String> ids = new ArrayList<>();
        s.path("items").forEach(i -> {
            String id = i.path("iri").asText().replaceAll(".*/", "");
            ids.add(id);
            if (expected.contains(id)) {
                int floor = Expectations.load(data, id).floors().claims();
                assertTrue(i.path("claimCount").asInt() >= floor, id + " lists " + i.path("claimCount") + " claims, its floor is " + floor);
            }
        });
        assertEquals(expected, ids.stream().sorted().toList());
    }

    @Test
    void conflictsIncludeTheMeridaMeetingDateBetweenDownieAndDeare() throws Exception {
        String body = server.get("/api/conflicts?limit=500").body();
        assertTrue(body.contains("March 2007") && body.contains("October 2007"), "the Mérida meeting date conflict with both quotes");
    }
}
