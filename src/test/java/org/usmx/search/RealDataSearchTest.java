package org.usmx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;

/** /api/search over the real graph: every labelled node, tiers, facets, paging, identifiers, snippets. */
class RealDataSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "https://w3id.org/usmx/id/";

    private static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = RunningServer.real().get("/api/search?" + query);
        assertEquals(200, r.statusCode(), query + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> iris(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.path("items").forEach(i -> out.add(i.path("iri").asText()));
        return out;
    }

    @Test
    void wordsInAnyOrderAndSlugsFindTheUsnorthcomEstablishmentEvent() throws Exception {
        JsonNode r = search("q=usnorthcom%20establishment");
        assertEquals(ID + "event/usnorthcom-establishment-2002", r.path("items").get(0).path("iri").asText(), r.toString());
        assertEquals("all words", r.path("items").get(0).path("match").asText());
    }

    @Test
    void factorsDocumentsNotesAndClaimsAreSearchable() throws Exception {
        JsonNode kinds = search("q=defense&limit=1").path("facets").path("kind");
        List<String> seen = new ArrayList<>();
        kinds.forEach(k -> seen.add(k.path("value").asText()));
        assertTrue(seen.containsAll(List.of("factor", "document", "note", "claim", "org")), seen.toString());
        assertEquals(ID + "note/downie-2011-1", search("q=Renuart%20VMI%20Woodrow%20Wilson%20Center%20Conference&kind=note").path("items").get(0).path("iri").asText());
    }

    @Test
    void exactNameRanksBeforeAliasBeforeWords() throws Exception {
        JsonNode name = search("q=US%20Northern%20Command").path("items").get(0);
        assertEquals(ID + "org/usnorthcom", name.path("iri").asText());
        assertEquals("name", name.path("match").asText());
        JsonNode alias = search("q=NORTHCOM").path("items").get(0);
        assertEquals(ID + "org/usnorthcom", alias.path("iri").asText());
        assertEquals("alias", alias.path("match").asText());
    }

    @Test
    void closeSpellingsAreFoundLast() throws Exception {
        JsonNode r = search("q=Calderonn&kind=person");
        assertEquals(ID + "person/felipe-calderon", r.path("items").get(0).path("iri").asText(), r.toString());
        assertEquals("close spelling", r.path("items").get(0).path("match").asText());
    }

    @Test
    void totalCountsEveryMatchAndOffsetPages() throws Exception {
        JsonNode first = search("q=military&limit=5");
        long total = first.path("total").asLong();
        assertTrue(total > 5, "total " + total);
        JsonNode second = search("q=military&limit=5&offset=5");
        assertEquals(total, second.path("total").asLong());
        List<String> a = iris(first), b = iris(second);
        assertEquals(5, b.size());
        assertTrue(a.stream().noneMatch(b::contains), a + " " + b);
        long kindSum = 0;
        for (JsonNode k : first.path("facets").path("kind")) kindSum += k.path("count").asLong();
        assertEquals(total, kindSum, "kind facet counts add up to the total");
    }

    @Test
    void facetsFilterByKindAndPaper() throws Exception {
        JsonNode r = search("q=Merida&kind=claim&paper=doc:deare-2009");
        assertTrue(r.path("total").asLong() > 0);
        r.path("items").forEach(i -> {
            assertEquals("claim", i.path("kind").asText());
            assertTrue(i.path("papers").toString().contains("deare-2009"), i.toString());
        });
    }

    @Test
    void identifiersResolveDirectly() throws Exception {
        for (String q : new String[] {"inst:sedena", "org/sedena", "https%3A%2F%2Fw3id.org%2Fusmx%2Fid%2Forg%2Fsedena"}) {
            JsonNode r = search("q=" + q);
            assertEquals(ID + "org/sedena", r.path("resolved").asText(), q);
            assertEquals(ID + "org/sedena", r.path("items").get(0).path("iri").asText(), q);
            assertEquals("identifier", r.path("items").get(0).path("match").asText(), q);
        }
    }

    @Test
    void claimHitsKeepQuoteAndLabelApartAndMarkTheMatchedWords() throws Exception {
        JsonNode hit = search("q=accordingly%20unthinkable&kind=claim").path("items").get(0);
        assertEquals(ID + "claim/downie-2011-c061", hit.path("iri").asText(), hit.toString());
        assertEquals("Accordingly, the concept of cooperating with members of the US armed forces was unpleasant at best and unthinkable for some.",
            hit.path("quote").asText());
        assertTrue(!hit.path("label").asText().isEmpty() && !hit.path("label").asText().contains("Accordingly"), hit.toString());
        List<String> marked = new ArrayList<>();
        hit.path("snippet").forEach(f -> { if (f.path("marked").asBoolean()) marked.add(f.path("text").asText()); });
        assertEquals(List.of("Accordingly", "unthinkable"), marked);
        assertEquals(List.of("https://w3id.org/usmx/id/document/downie-2011"), List.of(hit.path("papers").get(0).asText()));
        assertEquals(1, hit.path("papers").size(), "a claim is in the paper that states it");
    }

    @Test
    void overlongQueriesAndUnknownKindsAre400() throws Exception {
        RunningServer s = RunningServer.real();
        HttpResponse<String> longQ = s.get("/api/search?q=" + RunningServer.enc("word ".repeat(257)));
        assertEquals(400, longQ.statusCode(), longQ.body());
        assertEquals("q", JSON.readTree(longQ.body()).path("parameter").asText());
        HttpResponse<String> kind = s.get("/api/search?q=sedena&kind=persn");
        assertEquals(400, kind.statusCode());
        assertTrue(JSON.readTree(kind.body()).path("closeMatches").toString().contains("\"value\":\"person\""), kind.body());
        HttpResponse<String> paper = s.get("/api/search?q=sedena&paper=downie-2012");
        assertEquals(400, paper.statusCode());
        assertTrue(paper.body().contains("downie-2011"), paper.body());
    }
}
