package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.RealServer;
import org.usmx.testing.RunningServer;

/**
 * The JSON API serves the read models the pages render: an entity's statements, a paper and a
 * browse listing say the same in JSON as on their HTML pages, over the real data.
 */
@ExtendWith(RealServer.class)
class ReadModelsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    private static JsonNode json(String path) {
        return server.getJson(path);
    }

    private static Document html(String path) {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    /** A statement as text both sides can give: value, its references as "paper page", in order. */
    private static String statement(String value, List<String> references) {
        return value + " ← " + references;
    }

    @Test
    void anEntitysJsonAndPageCarryTheSameStatementsAndReferences() throws Exception {
        JsonNode e = json("/api/entities/org/sedena/statements");
        Document page = html("/id/org/sedena.html");
        assertEquals(e.path("label").asText(), page.select("h1").text());
        List<String> fromJson = new ArrayList<>(), fromPage = new ArrayList<>();
        for (JsonNode g : e.path("groups")) {
            for (JsonNode s : g.path("statements")) {
                List<String> refs = new ArrayList<>();
                for (JsonNode r : s.path("references")) refs.add(r.path("paper").path("href").asText() + " " + r.path("page").asText(""));
                String value = s.path("value").isObject() ? s.path("value").path("href").asText() : s.path("text").asText();
                fromJson.add(g.path("id").asText() + ": " + statement(value, refs));
            }
        }
        for (Element g : page.select("section.statement-group")) {
            for (Element s : g.select(".statement")) {
                List<String> refs = new ArrayList<>();
                for (Element r : s.select("li.reference")) refs.add(r.select("a.paper").attr("href") + " " + r.select(".page").text().replace("p. ", ""));
                Element main = s.selectFirst(".value .main");
                String value = main.tagName().equals("a") ? main.attr("href") : main.text();
                fromPage.add(g.id() + ": " + statement(value, refs));
            }
        }
        assertTrue(fromJson.size() >= 3 && fromJson.stream().anyMatch(s -> s.startsWith("posts: ") && s.contains("/id/document/")), fromJson.toString());
        assertEquals(fromJson, fromPage);
        // the same incoming relations and sources
        List<String> relations = new ArrayList<>();
        e.path("incoming").forEach(i -> relations.add(i.path("relation").asText()));
        assertEquals(relations, page.select("#incoming dt").eachText());
        List<String> sources = new ArrayList<>();
        e.path("sources").forEach(p -> sources.add(p.path("title").asText()));
        assertEquals(sources, page.select("#sources cite.paper-title").eachText());
        assertEquals(e.path("cite").path("bibtex").asText(), page.select(".cite-bibtex").text());
    }

    @Test
    void aPapersJsonGivesTheSectionsAndClaimCountsItsPageShows() throws Exception {
        JsonNode p = json("/api/papers/downie-2011");
        Document page = html("/id/document/downie-2011.html");
        assertEquals(p.path("entity").path("label").asText(), page.select("h1").text());
        List<String> sections = new ArrayList<>();
        for (JsonNode s : p.path("sections")) {
            if (s.path("link").isObject()) sections.add(s.path("link").path("label").asText() + " " + s.path("claims").size());
        }
        List<String> shown = new ArrayList<>();
        for (Element li : page.select("#contents li")) shown.add(li.select("a").text() + " " + li.select(".count").text().replaceAll("\\D", ""));
        assertFalse(sections.isEmpty());
        assertEquals(sections, shown);
        assertTrue(page.select("#claims h2").text().contains("(" + p.path("claimCount").asInt() + ")"), page.select("#claims h2").text());
        assertEquals(p.path("notes").size(), page.select("#notes li").size());
        assertEquals(404, server.get("/api/papers/no-such-paper").statusCode());
    }

    @Test
    void aBrowseListingsJsonHasTheRowsAndTotalOfItsPage() throws Exception {
        JsonNode b = json("/api/browse/person?sort=claims&page=2");
        Document page = html("/browse/person?sort=claims&page=2");
        assertEquals("person", b.path("kind").asText());
        List<String> rows = new ArrayList<>();
        b.path("rows").forEach(r -> rows.add(r.path("entity").path("href").asText() + " " + r.path("claims").asLong()));
        List<String> shown = new ArrayList<>();
        for (Element tr : page.select(".browse-table tbody tr")) shown.add(tr.select("td a").attr("href") + " " + tr.select("td.num").first().text());
        assertFalse(rows.isEmpty());
        assertEquals(rows, shown);
        assertTrue(page.select("h1 .count").text().contains(Long.toString(b.path("total").asLong())), page.select("h1").text());
        HttpResponse<String> bad = server.get("/api/browse/person?sort=size");
        assertEquals(400, bad.statusCode());
        assertEquals("sort", JSON.readTree(bad.body()).path("parameter").asText());
    }
}
