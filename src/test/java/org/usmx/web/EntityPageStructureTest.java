package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.usmx.browser.Browser;
import org.usmx.testing.RealGraph;

/**
 * Entity pages over the real data, parsed with jsoup: what the graph says about page numbers,
 * papers and post holdings must be on the page (so a query that stops returning them fails here).
 */
class EntityPageStructureTest {

    private static Document page(String path) {
        var r = Browser.server().get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body(), Browser.server().base());
    }

    @Test
    void sedenasPostHoldersAreOneStatementPerPersonWithEveryRecordAsAReference() {
        Document d = page("/id/org/sedena.html");
        List<String> holders = d.select("#posts .statement > .value a.main").eachText();
        assertEquals(new TreeSet<>(holders).size(), holders.size(), "each person once: " + holders);
        // as many references as the graph has passages stating each person's holding at SEDENA
        for (String row : RealGraph.rows("""
                SELECT ?name (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  ?m a org:Membership ; org:organization inst:sedena ; org:member ?p ; usmx:reference ?r . ?p skos:prefLabel ?name }
                GROUP BY ?name""")) {
            String[] cells = row.split("\\|");
            Element statement = d.select("#posts .statement").stream()
                .filter(s -> s.select(".value a.main").text().equals(cells[0])).findFirst().orElseThrow(() -> new AssertionError(cells[0]));
            assertEquals(Integer.parseInt(cells[1]), statement.select("li.reference").size(), cells[0]);
        }
        Element galvan = d.select("#posts .statement").stream()
            .filter(s -> s.select(".value a.main").text().equals("Guillermo Galván Galván")).findFirst().orElseThrow();
        assertTrue(galvan.select("li.reference a.paper").eachText().stream().distinct().count() >= 3, galvan.outerHtml());
    }

    @Test
    void everyPageNumberTheGraphGivesForSedenasRecordsIsShownWithItsPaper() {
        Document d = page("/id/org/sedena.html");
        Set<String> shown = new TreeSet<>();
        for (Element ref : d.select("#posts li.reference")) {
            if (!ref.select(".page").isEmpty()) shown.add(ref.select("a.paper").attr("href").replaceAll(".*/", "").replace(".html", "") + " " + ref.select(".page").text());
        }
        Set<String> expected = new TreeSet<>();
        for (String row : RealGraph.rows("""
                SELECT ?paper ?page WHERE {
                  ?m a org:Membership ; org:organization inst:sedena ; usmx:reference ?r .
                  ?r usmx:statedIn ?paper ; usmx:evidence/usmx:page ?page }""")) {
            String[] cells = row.split("\\|");
            expected.add(cells[0] + " p. " + cells[1]);
        }
        assertFalse(expected.isEmpty(), "the graph has page numbers for SEDENA's post records");
        assertEquals(expected, shown);
    }

    @Test
    void theSourcesListNamesEveryCitedPaperWithItsTitleFromTheGraph() {
        Document d = page("/id/org/sedena.html");
        Set<String> cited = new TreeSet<>(d.select("li.reference a.paper").eachAttr("href"));
        assertFalse(cited.isEmpty());
        for (String href : cited) {
            String id = href.replaceAll(".*/", "").replace(".html", "");
            String title = RealGraph.rows("SELECT ?t WHERE { doc:" + id + " dcterms:title ?t }").get(0);
            Element source = d.select("#sources li").stream().filter(li -> li.select("a.paper").attr("href").equals(href))
                .findFirst().orElseThrow(() -> new AssertionError("no source entry for " + href));
            assertEquals(title, source.select("cite.paper-title").text());
        }
    }

    @Test
    void aliasesAreListedOnceEachAndIncomingLinksHaveReadableHeadings() {
        Document d = page("/id/org/sedena.html");
        List<String> aliases = d.select(".alias-list .alias").eachText();
        assertEquals(new TreeSet<>(aliases).size(), aliases.size(), aliases.toString());
        assertTrue(aliases.contains("SEDENA"));
        assertTrue(d.select(".alias-list li").stream().anyMatch(li -> li.text().startsWith("SEDENA") && li.text().contains("Downie 2011")),
            "SEDENA is the spelling Downie uses");
        for (String heading : d.select("#incoming dt").eachText()) {
            assertFalse(heading.endsWith(" of") || heading.contains(":"), "readable relation heading: " + heading);
        }
        assertTrue(d.select("#incoming").text().contains("Sub-organizations"), d.select("#incoming").text());
        // bookkeeping stays behind a toggle
        assertTrue(d.select("#incoming a[href*=/id/evidence/]").isEmpty());
    }

    @Test
    void aConflictingReferenceIsMarkedAndLinksToItsConflict() {
        Document d = page("/id/event/merida-initiative-agreement-2007.html");
        var disagreeing = d.select("li.reference.disagrees");
        assertTrue(disagreeing.size() >= 2, d.select("main").html());
        assertTrue(disagreeing.select("a.conflict").eachAttr("href").stream().allMatch(h -> h.startsWith("/id/conflict/")));
    }

    @Test
    void conflictsAreNamedByTheirTopicAndTheirSidesByPaperAndPage() {
        Document d = page("/id/event/merida-initiative-agreement-2007.html");
        String topic = RealGraph.rows("SELECT ?t WHERE { <https://w3id.org/usmx/id/conflict/crosspaper-merida-meeting-date> usmx:conflictTopic ?t }").get(0);
        assertEquals(topic, d.select("#incoming a[href=/id/conflict/crosspaper-merida-meeting-date.html]").text(), d.select("#incoming").html());
        assertFalse(d.select("#incoming").text().contains("conflict:"), "no raw ids: " + d.select("#incoming").text());
        Document conflict = page("/id/conflict/crosspaper-merida-meeting-date.html");
        assertEquals(topic, conflict.select("h1").text());
        assertEquals("/conflicts/crosspaper-merida-meeting-date", conflict.select(".explore-links a").attr("href"));
        List<String> sides = conflict.select("#side .statement .value a.main").eachText();
        assertEquals(List.of("Deare 2009", "Downie 2011, p. 13"), sides, conflict.select("#side").html());
        assertEquals(List.of("2007-03", "2007-10"), conflict.select("#side .statement .value .detail").eachText());
        assertEquals(2, conflict.select("#side li.reference q").size(), "each side's words");
    }

    @Test
    void citeThisGivesPlainTextAndBibtexWithTheIri() {
        Document d = page("/id/person/gene-renuart.html");
        assertTrue(d.select(".cite-plain").text().contains("https://w3id.org/usmx/id/person/gene-renuart"));
        assertTrue(d.select(".cite-bibtex").text().startsWith("@misc{usmx-person-gene-renuart,"), d.select(".cite-bibtex").text());
        // Renuart's posts: one statement per post, not one per mention
        assertTrue(d.select("#posts .statement").size() <= 3, d.select("#posts").text());
    }
}
