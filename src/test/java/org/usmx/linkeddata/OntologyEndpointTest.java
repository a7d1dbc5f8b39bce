package org.usmx.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/** /ontology and /ontology/shapes by content negotiation on the real server (fixture data). */
@ExtendWith(FixtureServer.class)
class OntologyEndpointTest {

    private static final String USMX = "https://w3id.org/usmx/ontology#";
    private static final Node CAUSAL = NodeFactory.createURI(USMX + "CausalClaim");
    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    private static Graph parse(HttpResponse<String> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.body())).lang(lang).parse(g);
        return g;
    }

    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }

    @Test
    void ontologyInTurtleJsonLdAndRdfXmlHasAKnownTerm() {
        Object[][] cases = {{"text/turtle", Lang.TURTLE}, {"application/ld+json", Lang.JSONLD}, {"application/rdf+xml", Lang.RDFXML},
            {"application/n-triples", Lang.NTRIPLES}};
        for (Object[] c : cases) {
            HttpResponse<String> r = server.get("/ontology", "Accept", (String) c[0]);
            assertEquals(200, r.statusCode(), (String) c[0]);
            assertEquals(c[0] + ";charset=utf-8", type(r));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Graph g = parse(r, (Lang) c[1]);
            assertTrue(g.contains(CAUSAL, RDF.type.asNode(), OWL.Class.asNode()), (String) c[0]);
            assertTrue(g.contains(CAUSAL, RDFS.label.asNode(), NodeFactory.createLiteralLang("Causal claim", "en")), (String) c[0]);
            assertTrue(g.contains(NodeFactory.createURI(USMX), RDF.type.asNode(), OWL.Ontology.asNode()), c[0] + "\n" + r.body().substring(0, 3000));
        }
        HttpResponse<String> byParam = server.get("/ontology?format=ttl", "Accept", "text/html");
        assertEquals("text/turtle;charset=utf-8", type(byParam));
        assertTrue(byParam.body().toLowerCase().contains("prefix usmx:"), byParam.body());
        assertEquals(400, server.get("/ontology?format=exe").statusCode());
        assertEquals(406, server.get("/ontology", "Accept", "image/png").statusCode());
    }

    @Test
    void ontologyPageHasAnAnchorPerTermWithLabelCommentDomainRangeAndUsage() {
        HttpResponse<String> r = server.get("/ontology", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", type(r));
        String html = r.body();
        assertTrue(html.contains("<section id=\"CausalClaim\">"), html);
        assertTrue(html.contains("<code>usmx:CausalClaim</code> — Causal claim"));
        assertTrue(html.contains("<section id=\"polarity\">"));
        // domain and range of usmx:polarity link to their anchors
        int polarity = html.indexOf("<section id=\"polarity\">");
        String section = html.substring(polarity, html.indexOf("</section>", polarity));
        assertTrue(section.contains("<dt>Domain</dt><dd><a href=\"#CausalClaim\">usmx:CausalClaim</a></dd>"), section);
        assertTrue(section.contains("<dt>Range</dt><dd><a href=\"#Polarity\">usmx:Polarity</a></dd>"), section);
        assertTrue(section.contains("8 triples (4 inferred)"), section);
        int causal = html.indexOf("<section id=\"CausalClaim\">");
        String cs = html.substring(causal, html.indexOf("</section>", causal));
        assertTrue(cs.contains("4 instances; e.g. <code><a href=\"/id/claim/"), cs);
        assertTrue(html.contains("<section id=\"Increases\">"), "individuals get anchors too");
        // every usmx term of the ontology graph has its anchor
        Graph ttl = parse(server.get("/ontology", "Accept", "text/turtle"), Lang.TURTLE);
        ttl.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            String s = t.getSubject().isURI() ? t.getSubject().getURI() : "";
            if (s.startsWith(USMX) && s.length() > USMX.length()) {
                assertTrue(html.contains("<section id=\"" + s.substring(USMX.length()) + "\">"), s);
            }
        });
    }

    @Test
    void shapesInTurtleJsonLdAndHtml() {
        Node claimShape = NodeFactory.createURI("https://w3id.org/usmx/shapes#ClaimShape");
        Node nodeShape = NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape");
        HttpResponse<String> ttl = server.get("/ontology/shapes", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(parse(ttl, Lang.TURTLE).contains(claimShape, RDF.type.asNode(), nodeShape));
        HttpResponse<String> jsonld = server.get("/ontology/shapes", "Accept", "application/ld+json");
        assertEquals("application/ld+json;charset=utf-8", type(jsonld));
        assertTrue(parse(jsonld, Lang.JSONLD).contains(claimShape, RDF.type.asNode(), nodeShape));
        HttpResponse<String> html = server.get("/ontology/shapes", "Accept", "text/html");
        assertEquals("text/html;charset=utf-8", type(html));
        assertTrue(html.body().contains("<section id=\"ClaimShape\">"), html.body());
        assertTrue(html.body().contains("A claim needs exactly one usmx:statedIn source paper."));
        assertTrue(html.body().contains("oa:hasTarget / oa:hasSelector / oa:exact"), html.body());
        assertTrue(html.body().contains("Target (targetClass)</dt><dd>usmx:Claim"), html.body());
        assertFalse(html.body().contains("(anonymous class)"));
    }
}
