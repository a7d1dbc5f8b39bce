package org.usmx.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

@ExtendWith(FixtureServer.class)
class DatasetDescriptionTest {

    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    @Test
    void voidDescribesTriplesGraphsEndpointAndDumps() {
        HttpResponse<String> r = server.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        Node ds = NodeFactory.createURI(server.base() + "/.well-known/void#dataset");
        String v = "http://rdfs.org/ns/void#";
        long triples = Long.parseLong(g.find(ds, NodeFactory.createURI(v + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(quadCount(), triples);
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "sparqlEndpoint"), NodeFactory.createURI(server.base() + "/sparql")));
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "subset"), NodeFactory.createURI("https://w3id.org/usmx/graph/alpha-2001")));
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "dataDump"), NodeFactory.createURI(server.base() + "/dumps/usmx.trig")));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://purl.org/dc/terms/license"), Node.ANY));
    }

    @Test
    void dumpsParseAndHoldEveryQuad() throws Exception {
        long quads = quadCount();
        for (String[] f : new String[][] {{"usmx.trig", "TRIG"}, {"usmx.nq", "NQUADS"}, {"usmx.jsonld", "JSONLD"}}) {
            for (boolean gz : new boolean[] {false, true}) {
                HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.base() + "/dumps/" + f[0] + (gz ? ".gz" : ""))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), f[0]);
                byte[] body = gz ? new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes() : r.body();
                DatasetGraph dsg = DatasetGraphFactory.create();
                Lang lang = f[1].equals("TRIG") ? Lang.TRIG : f[1].equals("NQUADS") ? Lang.NQUADS : Lang.JSONLD;
                RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(dsg);
                assertEquals(quads, dsg.stream().count(), f[0] + (gz ? ".gz" : ""));
            }
        }
        assertTrue(server.get("/dumps/").body().contains("usmx.nq.gz"));
        assertEquals(404, server.get("/dumps/usmx.xml").statusCode());
    }

    @Test
    void eachDumpHasAnImmutableUrlNamingItsRelease() throws Exception {
        String release = server.store().dataHash().substring(0, 16);
        String immutable = "/dumps/" + release + "/usmx.nq.gz";
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(server.get("/dumps/", "Accept", "text/html").body());
        assertTrue(index.select("a[href=" + immutable + "]").size() == 1, index.select("main").text());

        HttpResponse<byte[]> latest = bytes("/dumps/usmx.nq.gz");
        HttpResponse<byte[]> pinned = bytes(immutable);
        assertEquals(200, pinned.statusCode());
        assertEquals("public, max-age=31536000, immutable", pinned.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("<" + immutable + ">; rel=\"canonical\"", latest.headers().firstValue("Link").orElse(""));
        assertTrue(java.util.Arrays.equals(latest.body(), pinned.body()), "one release, one file");
        assertTrue(server.store().directory().resolve("dumps").resolve("usmx.nq.gz").toFile().isFile(), "written once, as a file");

        HttpResponse<String> other = server.get("/dumps/0000000000000000/usmx.nq.gz");
        assertEquals(404, other.statusCode());
        assertTrue(other.body().contains(release), "names the release served: " + other.body());
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long quadCount() {
        return org.apache.jena.system.Txn.calculateRead(server.store().dataset(), () -> server.store().dataset().stream().count());
    }
}
