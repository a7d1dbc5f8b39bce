package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/** The SPARQL endpoint over HTTP, on the real server with the fixture data. */
class SparqlEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    private static final String CLAIMS_BY_GRAPH = """
        SELECT ?g ?claim WHERE { GRAPH ?g { ?claim a usmx:CausalClaim } } ORDER BY ?claim""";

    @BeforeAll
    static void start() {
        TestProject project = TestProject.withFixtureData();
        server = RunningServer.start(project, project.settings().withQueryTimeout(Duration.ofSeconds(10)).withMaxRows(500));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void selectJsonReturnsTheRowsWithPredeclaredPrefixes() throws Exception {
        HttpResponse<String> r = server.sparql(CLAIMS_BY_GRAPH, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        JsonNode rows = JSON.readTree(r.body()).path("results").path("bindings");
        List<String> got = new ArrayList<>();
        rows.forEach(b -> got.add(b.path("claim").path("value").asText().replace("https://w3id.org/usmx/id/claim/", "")
            + "@" + b.path("g").path("value").asText().replace("https://w3id.org/usmx/graph/", "")));
        assertEquals(List.of("alpha-2001-c1@alpha-2001", "alpha-2001-c2@alpha-2001", "alpha-2001-c3@alpha-2001",
            "beta-2002-c1@beta-2002"), got);
    }

    @Test
    void selectInCsvTsvAndXmlCarriesTheSameRows() {
        String q = "SELECT ?label WHERE { inst:testland-navy skos:prefLabel ?label }";
        for (var accept : List.of("text/csv", "text/tab-separated-values", "application/sparql-results+xml")) {
            HttpResponse<String> r = server.sparql(q, accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
            Lang lang = switch (accept) {
                case "text/csv" -> ResultSetLang.RS_CSV;
                case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
                default -> ResultSetLang.RS_XML;
            };
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
            assertEquals("Navy of Testland", rs.next().get("label").asLiteral().getLexicalForm(), accept);
            assertTrue(!rs.hasNext());
        }
    }

    @Test
    void formatParameterChoosesTheSerializationForBrowsers() {
        HttpResponse<String> r = server.sparql("SELECT ?x WHERE { BIND(1 AS ?x) }", null, "format", "csv");
        assertEquals(200, r.statusCode());
        assertEquals("x\r\n1\r\n", r.body());
    }

    @Test
    void askAnswersTrueAndFalse() throws Exception {
        assertTrue(JSON.readTree(server.sparql("ASK { inst:testland-navy a usmx:ArmedService }", "application/sparql-results+json").body())
            .path("boolean").asBoolean());
        assertTrue(!JSON.readTree(server.sparql("ASK { inst:testland-navy a usmx:Person }", "application/sparql-results+json").body())
            .path("boolean").asBoolean(true));
    }

    @Test
    void constructInEveryRdfFormatParsesToTheSameTriples() {
        String q = "CONSTRUCT { ?m org:member ?p ; usmx:roleTitle ?t } WHERE { ?m a org:Membership ; org:member ?p ; usmx:reference/usmx:roleTitle ?t }";
        for (var accept : List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")) {
            HttpResponse<String> r = server.sparql(q, accept);
            assertEquals(200, r.statusCode(), accept);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), langFor(accept)).parse(g);
            assertEquals(2, g.size(), accept);
            assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/usmx/id/membership/alpha-2001-jane-roe-navy-secretary"),
                NodeFactory.createURI("http://www.w3.org/ns/org#member"), NodeFactory.createURI("https://w3id.org/usmx/id/person/jane-roe")), accept);
        }
    }

    @Test
    void constructQuadsAsTrig() {
        HttpResponse<String> r = server.sparql("CONSTRUCT { GRAPH ?g { ?c a usmx:CausalClaim } } WHERE { GRAPH ?g { ?c a usmx:CausalClaim } }",
            "application/trig");
        assertEquals(200, r.statusCode());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), Lang.TRIG).parse(dsg);
        assertEquals(3, dsg.getGraph(NodeFactory.createURI("https://w3id.org/usmx/graph/alpha-2001")).size());
        assertEquals(1, dsg.getGraph(NodeFactory.createURI("https://w3id.org/usmx/graph/beta-2002")).size());
    }

    @Test
    void describeGivesTheResourcesTriples() {
        HttpResponse<String> r = server.sparql("DESCRIBE person:jane-roe", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        Node jane = NodeFactory.createURI("https://w3id.org/usmx/id/person/jane-roe");
        assertTrue(g.contains(jane, NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), NodeFactory.createLiteralString("Jane Roe")));
    }

    @Test
    void defaultGraphIsTheUnionAndGraphShowsWhichSourceSaysWhat() throws Exception {
        String q = "SELECT ?end WHERE { event:border-war usmx:endDate ?end } ORDER BY ?end";
        JsonNode rows = JSON.readTree(server.sparql(q, "application/sparql-results+json").body()).path("results").path("bindings");
        assertEquals(2, rows.size());
        assertEquals("1898", rows.get(0).path("end").path("value").asText());
        assertEquals("1899", rows.get(1).path("end").path("value").asText());
        String byGraph = "SELECT ?g WHERE { GRAPH ?g { event:border-war usmx:endDate \"1899\"^^xsd:gYear } }";
        JsonNode g = JSON.readTree(server.sparql(byGraph, "application/sparql-results+json").body()).path("results").path("bindings");
        assertEquals(1, g.size());
        assertEquals("https://w3id.org/usmx/graph/alpha-2001", g.get(0).path("g").path("value").asText());
    }

    @Test
    void postFormAndPostBodyBothQuery() throws Exception {
        var form = server.post("/sparql", "application/x-www-form-urlencoded", "query=" + RunningServer.enc("ASK { person:jane-roe a usmx:Person }"),
            "Accept", "application/sparql-results+json");
        assertEquals(200, form.statusCode());
        assertTrue(JSON.readTree(form.body()).path("boolean").asBoolean());
        var body = server.post("/sparql", "application/sparql-query", "ASK { person:jane-roe a foaf:Person }",
            "Accept", "application/sparql-results+json");
        assertEquals(200, body.statusCode());
        assertTrue(JSON.readTree(body.body()).path("boolean").asBoolean(), "inferred superclass visible in the union");
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() {
        var update = server.post("/sparql", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertEquals(405, update.statusCode());
        assertTrue(update.body().contains("read-only") && update.body().contains("SPARQL Update"), update.body());
        var formUpdate = server.post("/sparql", "application/x-www-form-urlencoded", "update=" + RunningServer.enc("CLEAR ALL"));
        assertEquals(405, formUpdate.statusCode());
        var put = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/sparql?default"))
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).header("Content-Type", "text/turtle").build());
        assertEquals(405, put.statusCode());
        var gsp = server.post("/sparql?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertEquals(405, gsp.statusCode());
        assertTrue(gsp.body().contains("Graph Store"), gsp.body());
        assertEquals("false", askJson("ASK { <urn:a> ?p ?o }"), "nothing was written");
    }

    @Test
    void malformedQueryGets400WithLineAndColumn() {
        var r = server.sparql("SELECT ?s\nWHERE { ?s ?p }", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 2, column 15"), r.body());
    }

    @Test
    void runawayQueryIsCutOffWithAClearErrorAndTheServerStillAnswers() {
        String expensive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        var r = server.sparql(expensive, "application/sparql-results+json", "timeout", "1");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertTrue((System.nanoTime() - start) / 1e9 < 8, "the timeout parameter lowered the 10 s cap");
        String streaming = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 400";
        var s = server.sparql("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), \"x\")) }", "application/sparql-results+json", "timeout", "1");
        assertEquals(503, s.statusCode(), "a timed-out SELECT is an error, never a truncated 200");
        assertEquals("true", askJson("ASK { person:jane-roe ?p ?o }"));
        assertEquals(200, server.sparql(streaming, "application/sparql-results+json").statusCode());
    }

    @Test
    void resultsAboveTheRowCapAreRefusedNotTruncated() {
        var r = server.sparql("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("500 rows"), r.body());
    }

    @Test
    void corsLetsAnyOriginReadWithoutCredentialsAndExposesTheUsefulHeaders() {
        for (String path : List.of("/sparql?query=" + RunningServer.enc("ASK {}"), "/api/stats")) {
            var r = server.get(path, "Origin", "https://yasgui.example");
            assertEquals(200, r.statusCode(), path);
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
            String exposed = r.headers().firstValue("Access-Control-Expose-Headers").orElse("");
            for (String h : List.of("ETag", "Link", "X-Request-Id")) assertTrue(exposed.contains(h), path + ": " + exposed);
        }
    }

    @Test
    void corsPreflightOffersOnlyTheMethodsTheRouteAccepts() {
        var sparql = preflight("/sparql", "POST");
        assertEquals(204, sparql.statusCode());
        assertEquals("GET, HEAD, POST, OPTIONS", sparql.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        var api = preflight("/api/stats", "PUT");
        String methods = api.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertEquals("GET, HEAD, OPTIONS", methods);
        for (String write : List.of("PUT", "DELETE", "PATCH")) assertTrue(!methods.contains(write), methods);
    }

    private static HttpResponse<String> preflight(String path, String method) {
        return server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + path))
            .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", method).build());
    }

    @Test
    void healthIsOkWhenTheStoreAnswers() throws Exception {
        var r = server.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", JSON.readTree(r.body()).path("status").asText());
    }

    @Test
    void statsCountTriplesPerGraphAndInstancesPerClass() throws Exception {
        var r = server.get("/api/stats");
        assertEquals(200, r.statusCode());
        JsonNode stats = JSON.readTree(r.body());
        assertEquals(server.store().dataHash(), stats.path("dataHash").asText());
        JsonNode classes = stats.path("instancesPerClass");
        assertEquals(4, classes.path("https://w3id.org/usmx/ontology#CausalClaim").asLong());
        assertEquals(4, classes.path("https://w3id.org/usmx/ontology#Claim").asLong(), "inferred superclass counted");
        JsonNode graphs = stats.path("triplesPerGraph");
        Set<String> names = new TreeSet<>();
        graphs.fieldNames().forEachRemaining(names::add);
        assertEquals(Set.of("https://w3id.org/usmx/graph/alpha-2001", "https://w3id.org/usmx/graph/beta-2002",
            "https://w3id.org/usmx/graph/entities", "https://w3id.org/usmx/graph/inferred",
            "https://w3id.org/usmx/graph/ontology", "https://w3id.org/usmx/graph/shapes"), names);
        long entitiesTriples = graphs.path("https://w3id.org/usmx/graph/entities").asLong();
        assertEquals(countTriplesInFile("entities/core.ttl"), entitiesTriples);
    }

    private static long countTriplesInFile(String rel) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(TestProject.repositoryRoot().resolve("src/test/resources/fixture/data").resolve(rel)).parse(g);
        return g.size();
    }

    private static String askJson(String q) {
        try {
            return Boolean.toString(JSON.readTree(server.sparql(q, "application/sparql-results+json").body()).path("boolean").asBoolean());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Lang langFor(String accept) {
        return switch (accept) {
            case "text/turtle" -> Lang.TURTLE;
            case "application/n-triples" -> Lang.NTRIPLES;
            case "application/ld+json" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }

}
