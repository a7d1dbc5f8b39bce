package org.usmx.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/** Dereferencing entity IRIs on the real server over the fixture data: conneg, variants, headers, errors. */
@ExtendWith(FixtureServer.class)
class LinkedDataTest {

    private static final String ID = "https://w3id.org/usmx/id/";
    private static final String USMX = "https://w3id.org/usmx/ontology#";
    private static final Node NAVY = uri(ID + "org/testland-navy");
    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).base("http://example.org/").parse(g);
        return g;
    }

    private static DatasetGraph parseQuads(String body, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(ds);
        return ds;
    }

    @ParameterizedTest(name = "Accept {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "text/turtle|ttl",
        "application/ld+json|jsonld",
        "application/n-triples|nt",
        "application/rdf+xml|rdf",
        "application/trig|trig",
        "application/n-quads|nq",
        "text/html|html",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|html",
        "*/*|ttl",
        "application/ld+json;q=0.5, text/turtle;q=0.4|jsonld",
        "text/*;q=0.3, application/n-triples;q=0.9|nt",
        "application/json|jsonld"})
    void genericIriAnswers303ToTheNegotiatedVariant(String accept, String suffix) {
        HttpResponse<String> r = server.get("/id/org/testland-navy", "Accept", accept);
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(header(r, "Location").endsWith("/id/org/testland-navy." + suffix), header(r, "Location"));
        assertEquals("Accept", header(r, "Vary"));
        String link = header(r, "Link");
        assertTrue(link.contains("<" + ID + "org/testland-navy>; rel=\"canonical\""), link);
        assertTrue(link.contains("</id/org/testland-navy.jsonld>; rel=\"alternate\"; type=\"application/ld+json\""), link);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/id/org/testland-navy"))
            .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).header("Accept", "application/ld+json").build());
        assertEquals(303, r.statusCode());
        assertTrue(header(r, "Location").endsWith("/id/org/testland-navy.jsonld"));
        HttpResponse<String> ttl = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/id/org/testland-navy.ttl"))
            .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, ttl.statusCode());
        assertEquals("text/turtle; charset=utf-8", header(ttl, "Content-Type"));
        assertEquals("", ttl.body());
    }

    @Test
    void noAcceptHeaderGetsTurtleAndUnacceptableGets406() {
        HttpResponse<String> none = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/id/org/testland-navy")).GET().build());
        assertEquals(303, none.statusCode());
        assertTrue(header(none, "Location").endsWith(".ttl"));
        HttpResponse<String> png = server.get("/id/org/testland-navy", "Accept", "image/png");
        assertEquals(406, png.statusCode());
        assertTrue(png.body().contains("text/turtle"), png.body());
    }

    @ParameterizedTest(name = "suffix .{0}")
    @CsvSource(delimiter = '|', value = {
        "ttl|text/turtle|TURTLE",
        "jsonld|application/ld+json|JSONLD",
        "nt|application/n-triples|NTRIPLES",
        "rdf|application/rdf+xml|RDFXML"})
    void suffixPinsATripleFormatWithTheDescription(String suffix, String type, String lang) {
        HttpResponse<String> r = server.get("/id/org/testland-navy." + suffix, "Accept", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(type + "; charset=utf-8", header(r, "Content-Type"));
        String link = header(r, "Link");
        assertTrue(link.contains("rel=\"canonical\"") && link.contains("</id/org/testland-navy.html>; rel=\"alternate\"; type=\"text/html\""), link);
        assertFalse(link.contains("</id/org/testland-navy." + suffix + ">"), "no alternate link to itself: " + link);
        Graph g = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(lang));
        // its own statements (CBD)
        assertTrue(g.contains(NAVY, RDF.type.asNode(), uri(USMX + "ArmedService")));
        assertTrue(g.contains(NAVY, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Navy of Testland", "en")));
        assertTrue(g.contains(NAVY, uri("http://www.w3.org/ns/org#subOrganizationOf"), uri(ID + "org/testland-defense-ministry")));
        // labels of what it links to
        assertTrue(g.contains(uri(ID + "org/testland-defense-ministry"), SKOS.prefLabel.asNode(),
            NodeFactory.createLiteralLang("Testland Ministry of Defense", "en")));
        // incoming links and their subjects' labels
        assertTrue(g.contains(uri(ID + "claim/alpha-2001-c1"), uri(USMX + "about"), NAVY));
        assertTrue(g.contains(uri(ID + "post/testland-navy-secretary"), SKOS.prefLabel.asNode(),
            NodeFactory.createLiteralLang("Secretary of the Navy", "en")));
        // the document names its topic and the graphs its triples come from
        Node doc = uri(ID + "org/testland-navy." + suffix);
        assertTrue(g.contains(doc, uri("http://xmlns.com/foaf/0.1/primaryTopic"), NAVY));
        assertTrue(g.contains(doc, uri("http://purl.org/dc/terms/source"), uri("https://w3id.org/usmx/graph/alpha-2001")));
    }

    @Test
    void quadVariantsTellWhichSourceStatesEachTriple() {
        for (String suffix : List.of("trig", "nq")) {
            HttpResponse<String> r = server.get("/id/event/border-war." + suffix);
            assertEquals(200, r.statusCode(), r.body());
            DatasetGraph ds = parseQuads(r.body(), suffix.equals("trig") ? Lang.TRIG : Lang.NQUADS);
            Node war = uri(ID + "event/border-war");
            Node end = uri(USMX + "endDate");
            Node alpha = uri("https://w3id.org/usmx/graph/alpha-2001"), beta = uri("https://w3id.org/usmx/graph/beta-2002");
            assertTrue(ds.contains(alpha, war, end, NodeFactory.createLiteralDT("1899", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
            assertTrue(ds.contains(beta, war, end, NodeFactory.createLiteralDT("1898", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
            assertFalse(ds.contains(alpha, war, end, NodeFactory.createLiteralDT("1898", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
            assertEquals("application/" + (suffix.equals("trig") ? "trig" : "n-quads") + "; charset=utf-8", header(r, "Content-Type"));
        }
    }

    @Test
    void aClaimsDescriptionIncludesItsEvidenceAnnotation() {
        HttpResponse<String> r = server.get("/id/claim/alpha-2001-c2.ttl");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        Node pos = uri(ID + "annotation/claim/alpha-2001-c2/position");
        assertTrue(g.contains(pos, uri("http://www.w3.org/ns/oa#start"), NodeFactory.createLiteralDT("175", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), r.body());
        assertFalse(r.body().contains("alpha-2001-c2x"));
        HttpResponse<String> ann = server.get("/id/annotation/claim/alpha-2001-c2.ttl");
        assertEquals(200, ann.statusCode());
        assertTrue(parse(ann.body(), Lang.TURTLE).contains(pos, uri("http://www.w3.org/ns/oa#end"), NodeFactory.createLiteralDT("210", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        HttpResponse<String> part = server.get("/id/annotation/claim/alpha-2001-c2/position");
        assertEquals(303, part.statusCode());
        assertTrue(header(part, "Location").endsWith("/id/annotation/claim/alpha-2001-c2"));
    }

    @Test
    void unknownIriGets404WithCloseMatchesAsProblemJsonOrHtml() throws Exception {
        HttpResponse<String> r = server.get("/id/org/testland-nav", "Accept", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/problem+json"));
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertTrue(body.path("detail").asText().contains(ID + "org/testland-nav"));
        assertEquals(ID + "org/testland-navy", body.path("closeMatches").get(0).path("iri").asText(), r.body());
        assertEquals("/id/org/testland-navy.html", body.path("closeMatches").get(0).path("href").asText());
        HttpResponse<String> html = server.get("/id/org/testland-nav", "Accept", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        assertTrue(html.body().contains("<a href=\"/id/org/testland-navy.html\">Navy of Testland</a>"), html.body());
        HttpResponse<String> pinned = server.get("/id/person/nobody-at-all.html");
        assertEquals(404, pinned.statusCode());
        assertTrue(header(pinned, "Content-Type").startsWith("text/html"));
    }

    @Test
    void namedGraphIrisDereferenceToAVoidDescription() {
        HttpResponse<String> r = server.get("/graph/alpha-2001", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertTrue(header(r, "Location").endsWith("/graph/alpha-2001.ttl"));
        assertEquals("Accept", header(r, "Vary"));
        HttpResponse<String> ttl = server.get("/graph/alpha-2001.ttl");
        assertEquals(200, ttl.statusCode());
        Graph g = parse(ttl.body(), Lang.TURTLE);
        Node graph = uri("https://w3id.org/usmx/graph/alpha-2001");
        assertTrue(g.contains(graph, uri("http://purl.org/dc/terms/source"), uri(ID + "document/alpha-2001")));
        assertTrue(g.contains(graph, uri("http://rdfs.org/ns/void#triples"), Node.ANY));
        HttpResponse<String> html = server.get("/graph/entities.html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<h1>Named graph entities</h1>"), html.body());
        assertEquals(404, server.get("/graph/no-such-graph.ttl").statusCode());
        assertEquals(400, server.get("/graph/Bad_Name").statusCode());
    }

    @Test
    void malformedKindOrSlugGets400() throws Exception {
        for (String path : List.of("/id/org/Testland_Navy", "/id/widget/testland-navy", "/id/org/testland-navy.exe", "/id/org/-navy", "/id/org/a--b")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(400, r.statusCode(), path);
            assertEquals("Malformed IRI", new ObjectMapper().readTree(r.body()).path("title").asText(), path);
        }
        HttpResponse<String> html = server.get("/id/org/Bad%3Cscript%3E", "Accept", "text/html");
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("Bad&lt;script&gt;"), html.body());
        assertFalse(html.body().contains("<script>"));
    }

    @Test
    void aSuffixedVariantIsCachedByTheDataHashButTheNegotiatedRedirectIsNot() {
        var first = server.get("/id/org/testland-navy.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.contains(server.store().dataHash().substring(0, 32)));
        var again = server.get("/id/org/testland-navy.ttl", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        var negotiated = server.get("/id/org/testland-navy", "If-None-Match", etag);
        assertEquals(303, negotiated.statusCode(), "the generic IRI still negotiates");
        assertFalse(negotiated.headers().firstValue("ETag").isPresent());
    }
}
