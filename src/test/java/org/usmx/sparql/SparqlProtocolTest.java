package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/** SPARQL 1.1 protocol details: the service description, 406, and format= for every result kind. */
@ExtendWith(FixtureServer.class)
class SparqlProtocolTest {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String CONSTRUCT = "CONSTRUCT { ?m org:member ?p } WHERE { ?m a org:Membership ; org:member ?p }";

    @Test
    void getWithoutAQueryAnswersTheServiceDescriptionByAccept(RunningServer server) {
        for (var accept : Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML,
                "application/n-triples", Lang.NTRIPLES).entrySet()) {
            HttpResponse<String> r = server.get("/sparql", "Accept", accept.getKey());
            assertEquals(200, r.statusCode(), accept.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept.getKey()));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), accept.getValue()).parse(g);
            Node service = g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SD + "Service")).next().getSubject();
            assertTrue(g.contains(service, NodeFactory.createURI(SD + "endpoint"), NodeFactory.createURI(server.base() + "/sparql")), r.body());
            assertTrue(g.contains(service, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Query")));
            assertTrue(g.contains(service, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "UnionDefaultGraph")));
            assertTrue(g.contains(Node.ANY, NodeFactory.createURI(SD + "name"), NodeFactory.createURI("https://w3id.org/usmx/graph/alpha-2001")),
                "named graphs listed");
        }
        HttpResponse<String> dflt = server.get("/sparql");
        assertEquals(200, dflt.statusCode());
        assertTrue(dflt.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(406, server.get("/sparql", "Accept", "image/png").statusCode());
    }

    @Test
    void anAcceptTheEndpointCannotServeGets406NamingWhatItCan(RunningServer server) {
        HttpResponse<String> select = server.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png");
        assertEquals(406, select.statusCode());
        assertTrue(select.body().contains("application/sparql-results+json"), select.body());
        HttpResponse<String> construct = server.sparql(CONSTRUCT, "text/csv");
        assertEquals(406, construct.statusCode());
        assertTrue(construct.body().contains("text/turtle"), construct.body());
        assertEquals(200, server.sparql("ASK {}", "text/html,application/xhtml+xml,*/*;q=0.8").statusCode(), "browsers get the default");
    }

    @Test
    void boundedRegexAndReplaceAnswerAsTheStandardOnesDo(RunningServer server) throws Exception {
        String q = """
            SELECT ?l (REPLACE(?l, "testland", "X", "i") AS ?r) (REPLACE("abcabc", "b", "-") AS ?plain) (LANG(REPLACE(?l, "Navy", "Fleet")) AS ?lang)
            WHERE { inst:testland-navy skos:prefLabel ?l FILTER regex(?l, "^NAVY", "i")
                    FILTER(<http://www.w3.org/2005/xpath-functions#matches>(?l, "Test")) FILTER(!regex(?l, "^Army")) }""";
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(server.sparql(q, "application/sparql-results+json").body())
            .path("results").path("bindings");
        assertEquals(1, rows.size(), rows.toString());
        var row = rows.get(0);
        assertEquals("Navy of Testland", row.path("l").path("value").asText());
        assertEquals("Navy of X", row.path("r").path("value").asText());
        assertEquals("a-ca-c", row.path("plain").path("value").asText());
        assertEquals(row.path("l").path("xml:lang").asText(), row.path("lang").path("value").asText(), "the language tag is kept");
        assertEquals(0, new com.fasterxml.jackson.databind.ObjectMapper().readTree(server.sparql(
            "SELECT * WHERE { inst:testland-navy skos:prefLabel ?l FILTER regex(?l, \"^navy\") }", "application/sparql-results+json").body())
            .path("results").path("bindings").size(), "case matters without the i flag");
    }

    @Test
    void formatWorksForEveryResultKindTheReadmeLists(RunningServer server) {
        String select = "SELECT ?label WHERE { inst:testland-navy skos:prefLabel ?label }";
        for (var f : Map.of("json", ResultSetLang.RS_JSON, "xml", ResultSetLang.RS_XML, "csv", ResultSetLang.RS_CSV,
                "tsv", ResultSetLang.RS_TSV).entrySet()) {
            HttpResponse<String> r = server.sparql(select, null, "format", f.getKey());
            assertEquals(200, r.statusCode(), f.getKey() + ": " + r.body());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), f.getValue());
            assertEquals("Navy of Testland", rs.next().get("label").asLiteral().getLexicalForm(), f.getKey());
        }
        long triples = -1;
        for (String f : List.of("ttl", "turtle", "nt", "jsonld", "json-ld", "rdf", "rdfxml", "trig", "nq")) {
            HttpResponse<String> r = server.sparql(CONSTRUCT, null, "format", f);
            assertEquals(200, r.statusCode(), f + ": " + r.body());
            Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.fromString(r.body(), lang).parse(dsg);
            if (triples < 0) triples = dsg.getDefaultGraph().size();
            assertTrue(triples > 0);
            assertEquals(triples, dsg.getDefaultGraph().size(), f);
            HttpResponse<String> describe = server.sparql("DESCRIBE person:jane-roe", null, "format", f);
            assertEquals(200, describe.statusCode(), "DESCRIBE " + f);
        }
        HttpResponse<String> wrong = server.sparql(CONSTRUCT, null, "format", "csv");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("does not apply"), wrong.body());
        assertEquals(400, server.sparql(select, null, "format", "png").statusCode());
    }
}
