package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;
import org.usmx.testing.RunningServer;

/**
 * A claim page lists the claims of other papers that agree with it, each with its paper and page
 * (the trace's page is a number: the page must still render it).
 */
class ClaimPageRelatedTest {

    @Test
    void agreeingClaimsShowTheirPaperAndPage() {
        List<String> rows = RealGraph.rows("""
            SELECT ?claim ?other ?page WHERE {
              ?claim usmx:agreesWith ?other . ?other usmx:evidence/usmx:page ?page }
            ORDER BY ?claim ?other LIMIT 1""");
        assertFalse(rows.isEmpty(), "the graph has agreeing claims with pages");
        String[] cells = rows.get(0).split("\\|");
        Document page = Jsoup.parse(RunningServer.real().get("/id/claim/" + cells[0] + ".html").body());
        Element heading = page.select("h2:containsOwn(Agreeing claims)").first();
        assertTrue(heading != null, "an Agreeing claims section: " + page.select("h2").eachText());
        Element item = heading.nextElementSibling().select("li:has(a[href*=" + cells[1] + "])").first();
        assertTrue(item != null, "the agreeing claim " + cells[1] + " is listed");
        assertTrue(item.select(".src").text().contains("p. " + cells[2]), "with its page: " + item.select(".src").text());
        assertEquals(200, RunningServer.real().get("/id/claim/" + cells[0] + ".html").statusCode());
    }
}
