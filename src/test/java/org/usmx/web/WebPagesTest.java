package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
        assertFalse(r.body().contains("<script"), "pages need no JavaScript: " + path);
        return r.body();
    }

    @Test
    void personPageListsPostsHeldWithDatesSourcesAndQuotes() {
        String html = page("/id/person/jane-roe.html");
        assertTrue(html.contains("<h1>Jane Roe</h1>"), html);
        assertTrue(html.contains("Posts held"));
        assertTrue(html.contains("<a href=\"/id/post/testland-navy-secretary.html\">Secretary of the Navy</a>"), html);
        assertTrue(html.contains("<a href=\"/id/org/testland-navy.html\">Navy of Testland</a>"));
        assertTrue(html.contains("in office 2001-03"));
        assertTrue(html.contains("“Admiral Jane Roe, then Secretary of the Navy in March 2001, met the delegation.”"));
        assertTrue(html.contains("<a href=\"/id/document/alpha-2001.html\">alpha-2001, Alpha Paper on Navies</a>"), html);
        // incoming: the meeting she took part in
        assertTrue(html.contains("<a href=\"/id/event/delegation-meeting-2001.html\">Meeting with the delegation, March 2001</a>"), html);
    }

    @Test
    void entityPageShowsAliasesTypesFactsWithSourcesAndClaims() {
        String html = page("/id/org/testland-navy.html");
        assertTrue(html.contains("<h1>Navy of Testland</h1>"));
        assertTrue(html.contains("Armada de Testlandia (es)"));
        assertTrue(html.contains("<a href=\"/ontology#ArmedService\">"), html);
        assertTrue(html.contains("<a href=\"/id/org/testland-defense-ministry.html\">Testland Ministry of Defense</a><div class=\"src\">entity record</div>"), html);
        assertTrue(html.contains("<a href=\"/id/claim/alpha-2001-c1.html\">Joint exercises build the navy&#39;s trust in its neighbours</a>"), html);
        assertTrue(html.contains("“The Navy of Testland trusts its neighbours because of joint exercises.”"));
        assertTrue(html.contains("<a href=\"/id/org/testland-navy.ttl\">Turtle</a>"));
    }

    @Test
    void conflictingFactsEachShowTheirPaperAndQuote() {
        String html = page("/id/event/border-war.html");
        assertTrue(html.contains("“The border war ended in 1899.”"), html);
        assertTrue(html.contains("“The border war ended in 1898.”"), html);
        assertTrue(html.contains("/id/document/beta-2002.html"));
        assertTrue(html.contains("/id/evidence/alpha-2001-f001.html"));
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
        String html = page("/id/document/alpha-2001.html");
        assertTrue(html.contains("<h1>Alpha Paper on Navies</h1>"), html);
        assertTrue(html.contains("Claims (3)"), html);
        assertTrue(html.contains("<a href=\"/id/claim/alpha-2001-c2.html\">The border war made distrust grow</a>"));
        assertTrue(html.contains("“Distrust grew after the border war.”"));
        assertTrue(html.contains("John Smith, Naval Matters (Testville: Example Press, 1990), p. 2."));
        assertTrue(html.contains("<a href=\"/id/section/alpha-2001-1.html\">Alpha Paper on Navies</a>"));
        assertTrue(html.indexOf("alpha-2001-c1.html") < html.indexOf("alpha-2001-c2.html"), "claims in text order");
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
        String html = page("/search?q=navy");
        assertTrue(html.contains("<a href=\"/id/org/testland-navy.html\">Navy of Testland</a>"), html);
        String claims = page("/search?q=distrust");
        assertTrue(claims.contains("/id/claim/alpha-2001-c2.html"), claims);
        String evil = page("/search?q=" + RunningServer.enc("<script>alert(1)</script>"));
        assertTrue(evil.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), evil);
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
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</h1>"), html);
        assertTrue(html.contains("<title>&lt;script&gt;"), html);
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), html);
    }
}
