package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.RealServer;
import org.usmx.testing.RunningServer;

/** Linked Data and pages over the real curated data (Arzt 2009, fully curated). */
@ExtendWith(RealServer.class)
class RealDataPagesTest {

    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    @Test
    void sedenaDereferencesToTurtleWithItsAliases() {
        HttpResponse<String> r = server.get("/id/org/sedena", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/id/org/sedena.ttl", r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
        HttpResponse<String> ttl = server.get("/id/org/sedena.ttl");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(ttl.body())).lang(Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/usmx/id/org/sedena"), SKOS.altLabel.asNode(), NodeFactory.createLiteralString("SEDENA")));
    }

    @Test
    void authorsPageShowsThePostSheHeldWithItsSource() {
        HttpResponse<String> r = server.get("/id/person/sigrid-arzt.html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>Sigrid Arzt</h1>"), html);
        assertTrue(html.contains("Posts held"));
        assertTrue(html.contains("Public Policy Scholar"));
        assertTrue(html.contains("/id/org/woodrow-wilson-center.html"));
        assertTrue(html.contains("/id/document/arzt-2009.html"));
    }

    @Test
    void claimPageMarksTheQuoteInsideItsParagraph() {
        String html = server.get("/id/claim/arzt-2009-c004.html").body();
        assertTrue(html.contains("<mark>Ten to 15 years ago, these actions would have probably provoked big headlines in the Mexican press"), html);
        assertTrue(html.contains("Border Security Conference in El Paso"), "the paragraph around the quote");
        assertTrue(html.contains("<a href=\"/ontology#Hypothetical\">"));
    }

    @Test
    void misspelledIriSuggestsTheEntity() {
        HttpResponse<String> r = server.get("/id/org/sedna", "Accept", "application/json");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("\"iri\":\"https://w3id.org/usmx/id/org/sedena\""), r.body());
    }
}
