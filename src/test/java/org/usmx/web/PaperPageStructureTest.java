package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.usmx.browser.Browser;
import org.usmx.testing.RealGraph;

/** Source paper pages over the real data: small, sections in reading order, pages as numbers, notes with cited works. */
class PaperPageStructureTest {

    private static final List<String> PAPERS = List.of("downie-2011", "deare-2009", "arzt-2009", "rodriguez-sumano-2007");

    @Test
    void everyPaperPageIsUnder200KbAndListsEveryClaimOnceUnderASection() {
        for (String paper : PAPERS) {
            var r = Browser.server().get("/id/document/" + paper + ".html");
            assertEquals(200, r.statusCode(), paper);
            assertTrue(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 200_000,
                paper + " page is " + r.body().length() + " characters");
            Document d = Jsoup.parse(r.body());
            long claims = RealGraph.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a usmx:Claim ; usmx:statedIn doc:" + paper + " }");
            List<String> listed = d.select("#claims .claim-rows a").eachAttr("href");
            assertEquals(claims, listed.size(), paper);
            assertEquals(claims, listed.stream().distinct().count(), paper + ": each claim once");
        }
    }

    @Test
    void downiesSectionsAreInReadingOrderAndPagesInNumericOrder() {
        Document d = Jsoup.parse(Browser.server().get("/id/document/downie-2011.html").body());
        List<String> sections = d.select("#contents li a").eachText();
        int preface = sections.indexOf("Preface"), intro = sections.indexOf("1. Introduction"), recs = sections.indexOf("4. Recommendations.");
        assertTrue(preface >= 0 && preface < intro && intro < recs, sections.toString());
        List<Integer> pages = d.select("#pages li a").eachText().stream().map(t -> Integer.parseInt(t.replace("p. ", ""))).toList();
        assertFalse(pages.isEmpty());
        for (int i = 1; i < pages.size(); i++) assertTrue(pages.get(i - 1) < pages.get(i), "numeric order: " + pages);
        // notes in number order, with the works they cite
        List<Integer> notes = d.select("#notes .note-number").eachText().stream().map(Integer::parseInt).toList();
        for (int i = 1; i < notes.size(); i++) assertTrue(notes.get(i - 1) < notes.get(i), notes.toString());
        assertFalse(d.select("#note-7 cite").isEmpty(), "note 7 cites Deare: " + d.select("#note-7").html());
    }
}
