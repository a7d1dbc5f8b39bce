package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.linkeddata.StoreDescriptions;
import org.usmx.provenance.ClaimTrace;
import org.usmx.sparql.SelectRunner;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/** The HTML pages on the real server over the fixture data. */
@ExtendWith(FixtureServer.class)
class WebPagesTest {

    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    private static String page(String path) {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path + "\n" + r.body());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""), path);
        assertFalse(r.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script (the CSP allows only the service's own files): " + path);
        return r.body();
    }

    @Test
    void personPageListsPostsHeldWithDatesSourcesAndQuotes() {
        Document d = Jsoup.parse(page("/id/person/jane-roe.html"));
        assertEquals("Jane Roe", d.select("h1").text());
        Element post = d.selectFirst("#posts .statement");
        assertEquals("Posts held", d.select("#posts h2").text());
        assertEquals("/id/post/testland-navy-secretary.html", post.select(".value a.main").attr("href"));
        assertEquals("Secretary of the Navy", post.select(".value a.main").text());
        assertTrue(post.select(".value").text().contains("Navy of Testland"));
        assertEquals("in office 2001-03", post.select(".period").text());
        assertEquals("Admiral Jane Roe, then Secretary of the Navy in March 2001, met the delegation.", post.select("li.reference q").text());
        assertEquals("/id/document/alpha-2001.html", post.select("li.reference a.paper").attr("href"));
        assertTrue(d.select("#sources cite.paper-title").eachText().contains("Alpha Paper on Navies"), d.select("#sources").html());
        // incoming: the meeting she took part in
        assertTrue(d.select("#incoming a[href=/id/event/delegation-meeting-2001.html]").text().equals("Meeting with the delegation, March 2001"),
            d.select("#incoming").html());
    }

    @Test
    void entityPageShowsAliasesTypesFactsWithSourcesAndClaims() {
        Document d = Jsoup.parse(page("/id/org/testland-navy.html"));
        assertEquals("Navy of Testland", d.select("h1").text());
        assertTrue(d.select(".alias-list li").eachText().stream().anyMatch(t -> t.startsWith("Armada de Testlandia (es)")), d.select(".alias-list").html());
        assertFalse(d.select(".kinds a[href=/ontology#ArmedService]").isEmpty(), d.select(".kinds").html());
        Element parent = d.select(".statement").stream().filter(st -> st.select("a.main").attr("href").equals("/id/org/testland-defense-ministry.html"))
            .findFirst().orElseThrow();
        assertEquals("Testland Ministry of Defense", parent.select("a.main").text());
        assertEquals("curated entity record", parent.select(".value .muted").text());
        assertEquals("Joint exercises build the navy's trust in its neighbours", d.select("#claims a[href=/id/claim/alpha-2001-c1.html]").text());
        assertEquals("Turtle", d.select("a[href=/id/org/testland-navy.ttl]").text());
    }

    @Test
    void conflictingFactsEachShowTheirPaperAndQuote() {
        Document d = Jsoup.parse(page("/id/event/border-war.html"));
        List<String> quotes = d.select("li.reference q").eachText();
        assertTrue(quotes.contains("The border war ended in 1899."), quotes.toString());
        assertTrue(quotes.contains("The border war ended in 1898."), quotes.toString());
        assertFalse(d.select("li.reference a.paper[href=/id/document/beta-2002.html]").isEmpty());
        assertFalse(d.select("details.bookkeeping a[href=/id/evidence/alpha-2001-f001.html]").isEmpty(), "evidence records behind the toggle");
    }

    @Test
    void claimPageHighlightsTheQuoteInItsParagraphWithFootnotesAndConflicts() {
        String html = page("/id/claim/alpha-2001-c2.html");
        assertTrue(html.contains("<h1>The border war made distrust grow</h1>"));
        assertTrue(html.contains("<a href=\"/ontology#CausalClaim\">"), html);
        assertTrue(html.contains("<div class=\"passage\"><mark>Distrust grew after the border war.</mark> The border war ended in 1899.</div>"), html);
        assertTrue(html.contains("code points 175–210"));
        assertTrue(html.contains("<a href=\"/id/document/alpha-2001.html\">Alpha Paper on Navies</a>, p. 2"), html);
        assertTrue(html.contains("Note 1</a>: John Smith, Naval Matters (Testville: Example Press, 1990), p. 2."), html);
        assertTrue(html.contains("John Smith, <cite><a href=\"/id/document/smith-1990-naval-matters.html\">Naval Matters</a></cite>"), html);
        assertTrue(html.contains("<tr><th>Cause</th><td><a href=\"/id/event/border-war.html\">Border war</a></td></tr>"), html);
        assertTrue(html.contains("<tr><th>Effect</th><td><a href=\"/id/factor/distrust.html\">distrust</a></td></tr>"), html);
        assertTrue(html.contains("<a href=\"/ontology#Increases\">"));
        assertTrue(html.contains("<a href=\"/ontology#Asserted\">"));
        assertTrue(html.contains("<h2>Conflicting claims</h2>"));
        assertTrue(html.contains("“Joint exercises reduce distrust between the navies.”"));
        assertTrue(html.contains("<a href=\"/id/person/alpha-author.html\">Alpha Author</a>"));
    }

    @Test
    void documentPageListsMetadataClaimsAndNotes() {
        Document d = Jsoup.parse(page("/id/document/alpha-2001.html"));
        assertEquals("Alpha Paper on Navies", d.select("h1").text());
        assertTrue(d.select("#claims h2").text().contains("(3)"), d.select("#claims h2").text());
        assertEquals("The border war made distrust grow", d.select("#claims a[href=/id/claim/alpha-2001-c2.html]").text());
        assertTrue(d.select("#notes li").text().contains("John Smith, Naval Matters (Testville: Example Press, 1990), p. 2."), d.select("#notes").html());
        assertFalse(d.select("#contents a[href=#alpha-2001-1]").isEmpty(), d.select("#contents").html());
        List<String> claims = d.select("#claims .claim-rows a").eachAttr("href");
        assertTrue(claims.indexOf("/id/claim/alpha-2001-c1.html") < claims.indexOf("/id/claim/alpha-2001-c2.html"), "claims in text order");
    }

    @Test
    void namedGraphPageNamesItsPaperAndOpensItsTriplesInTheWorkbench() {
        Document d = Jsoup.parse(page("/graph/alpha-2001.html"));
        assertEquals("Named graph alpha-2001", d.select("h1").text());
        assertTrue(d.select("main a[href=/id/document/alpha-2001.html]").text().contains("Alpha Paper on Navies"), d.select("main").html());
        String workbench = d.select("main a[href^=/query?query=]").attr("href");
        assertTrue(java.net.URLDecoder.decode(workbench, java.nio.charset.StandardCharsets.UTF_8).contains("GRAPH <https://w3id.org/usmx/graph/alpha-2001>"), workbench);
    }

    @Test
    void homeLinksSourcesSparqlApiAndSearch() {
        String html = page("/");
        assertTrue(html.contains("<a href=\"/id/document/alpha-2001.html\">Alpha Paper on Navies</a>"), html);
        assertTrue(html.contains("<a href=\"/id/document/beta-2002.html\">Beta Paper</a>"));
        assertTrue(html.contains("href=\"/query\""), "the query workbench");
        assertTrue(html.contains("href=\"/api/openapi.json\""));
        assertTrue(html.contains("action=\"/search\" method=\"get\""));
        assertTrue(html.contains("href=\"/ontology\""));
        assertEquals(200, server.sparql("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode(), "/sparql still works");
    }

    @Test
    void searchPageFindsEntitiesAndClaimsAndEscapesTheQuery() {
        Document d = Jsoup.parse(page("/search?q=navy"));
        assertEquals("Navy of Testland", d.select(".hit a[href=/id/org/testland-navy.html]").text(), d.select("main").html());
        assertEquals("Navy", d.select(".hit a[href=/id/org/testland-navy.html] mark").text(), "the matched word marked");
        String claims = page("/search?q=distrust");
        assertTrue(claims.contains("/id/claim/alpha-2001-c2.html"), claims);
        String evil = page("/search?q=" + RunningServer.enc("<script>alert(1)</script>"));
        Document e = Jsoup.parse(evil);
        assertEquals("<script>alert(1)</script>", e.select("#search-q").attr("value"), "the query comes back as the box's value");
        assertTrue(e.select("script:not([src])").isEmpty(), evil);
        assertFalse(evil.contains("<script>alert(1)"), evil);
    }

    @Test
    void markupInDataIsEscaped() {
        String id = "https://w3id.org/usmx/id/";
        Node g = NodeFactory.createURI("https://w3id.org/usmx/graph/entities");
        Node evil = NodeFactory.createURI(id + "person/evil");
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ds.executeWrite(() -> {
            ds.add(Quad.create(g, evil, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/usmx/ontology#Person")));
            ds.add(Quad.create(g, evil, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("<script>alert('x')</script> & Co")));
            ds.add(Quad.create(g, evil, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("\"><img src=x onerror=alert(1)>")));
        });
        SelectRunner runner = new SelectRunner(ds, Duration.ofSeconds(5));
        WebPages pages = new WebPages(new PageData(runner, new ClaimTrace(runner), null), "https://w3id.org/usmx/");
        String html = pages.page(evil.getURI(), new StoreDescriptions(ds, "https://w3id.org/usmx/").describe(evil.getURI()).orElseThrow());
        Document d = Jsoup.parse(html);
        assertTrue(d.select("script:not([src])").isEmpty(), html);
        assertTrue(d.select("img").isEmpty(), html);
        assertEquals("<script>alert('x')</script> & Co", d.select("h1").text());
        assertTrue(d.title().startsWith("<script>alert('x')</script> & Co"), d.title());
        assertTrue(d.select(".alias-list .alias").eachText().contains("\"><img src=x onerror=alert(1)>"), html);
    }
}
