package org.usmx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usmx.config.Settings;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;
import org.usmx.testing.CliRun;
import org.usmx.testing.TestProject;

/**
 * The CLI beside a running `usmx serve` over the same store: query and export go through the
 * server, a second serve and a busy port say so in one line, `load` makes the server switch to the
 * new store while a running query finishes on the old one, and no user mistake prints a stack trace.
 */
class ServeBesideCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestProject project;
    private static ServeCommand.Serving serving;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();


    @BeforeAll
    static void serve() {
        project = TestProject.withFixtureData();
        Settings settings = project.settings().withQueryTimeout(Duration.ofMinutes(5));
        serving = ServeCommand.start(settings, new StoreManager(settings.storeDir(), project.dataFiles()), false);
        assertNotNull(serving, "serve did not start");
    }

    @AfterAll
    static void stop() {
        serving.close();
        project.close();
    }

    private static String root() {
        return project.root().toString();
    }

    private static String base() {
        return "http://localhost:" + serving.server().port();
    }

    /** A CLI run with the server's own log lines (same JVM) taken out of its output. */
    private static CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        return new CliRun(r.code(), withoutServerLog(r.out()), withoutServerLog(r.err()));
    }

    /** The in-process server logs to the console too (a real `usmx query` runs in its own process). */
    private static String withoutServerLog(String output) {
        return output.replaceAll("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR) .*\\R", "");
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofMinutes(5)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> sparql(String query) throws Exception {
        return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=json");
    }

    private static void assertNoStackTrace(CliRun r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception"), "a stack trace or exception name:\n" + all);
    }

    @Test
    void queryGoesThroughTheRunningServer() throws Exception {
        CliRun table = run("query", "--project", root(), "-f", "csv", "SELECT ?n WHERE { person:jane-roe foaf:name ?n }");
        assertEquals(0, table.code(), table.err());
        assertEquals("n\r\nJane Roe\r\n", table.out());
        assertTrue(table.err().contains("served by usmx serve (pid " + ProcessHandle.current().pid() + ", " + base() + "/)"), table.err());

        Path rq = project.root().resolve("who.rq");
        Files.writeString(rq, "# title: Names\n# description: a name\n# param: ?who iri person:jane-roe whose name\n"
            + "SELECT ?l WHERE { ?who foaf:name ?l } ORDER BY ?l\n");
        assertEquals("l\r\nJane Roe\r\n", run("query", "--project", root(), "-f", "csv", rq.toString()).out(), "default bound as a term");
        assertEquals("l\r\n", run("query", "--project", root(), "-f", "csv", "-p", "who=inst:testland-navy", rq.toString()).out());
        assertEquals("yes\n", run("query", "--project", root(), "ASK { ?s a usmx:CausalClaim }").out());
        CliRun construct = run("query", "--project", root(), "CONSTRUCT { person:jane-roe foaf:name ?n } WHERE { person:jane-roe foaf:name ?n }");
        assertTrue(construct.out().contains("\"Jane Roe\""), construct.out());
    }

    @Test
    void exportGoesThroughTheRunningServer() throws Exception {
        for (String fmt : new String[] {"trig", "nquads", "jsonld"}) {
            Path out = project.root().resolve("dump." + fmt);
            CliRun r = run("export", "--project", root(), "-f", fmt, "-o", out.toString());
            assertEquals(0, r.code(), fmt + ": " + r.err());
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.source(out).lang(fmt.equals("trig") ? Lang.TRIG : fmt.equals("nquads") ? Lang.NQUADS : Lang.JSONLD).parse(dsg);
            assertTrue(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/usmx/graph/alpha-2001")), fmt);
        }
        CliRun ttl = run("export", "--project", root(), "-f", "turtle");
        assertEquals(0, ttl.code(), ttl.err());
        assertTrue(ttl.out().contains("jane-roe"), ttl.out());
    }

    @Test
    void aSecondServeOrABusyPortSaysSoInOneLine() throws Exception {
        CliRun second = run("serve", "--project", root(), "--port", "0");
        assertEquals(1, second.code());
        assertEquals(1, second.err().strip().lines().count(), second.err());
        assertTrue(second.err().contains("is already served by usmx serve (pid " + ProcessHandle.current().pid()), second.err());
        assertNoStackTrace(second);

        Path otherStore = project.root().resolve("other-store");
        CliRun busy = run("serve", "--project", root(), "--store", otherStore.toString(), "--port", Integer.toString(serving.server().port()));
        assertEquals(1, busy.code());
        assertTrue(busy.err().strip().endsWith("port " + serving.server().port() + " is in use by another process; choose another with --port or USMX_PORT"),
            busy.err());
        assertNoStackTrace(busy);
    }

    @Test
    void userMistakesNeverPrintAStackTrace() {
        CliRun xml = run("export", "--project", root(), "-f", "xml");
        assertEquals(2, xml.code());
        assertTrue(xml.err().contains("unknown format \"xml\"; use one of trig, nquads, turtle, jsonld"), xml.err());
        assertNoStackTrace(xml);

        CliRun missing = run("query", "--project", root(), "nosuchfile.rq");
        assertEquals(2, missing.code());
        assertEquals("usmx query: no such query file: nosuchfile.rq (give a .rq file or the SPARQL text itself)", missing.err().strip());

        CliRun format = run("query", "--project", root(), "-f", "xml", "ASK {}");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("unknown format \"xml\""), format.err());

        CliRun flag = run("load", "--project", root(), "--frobnicate");
        assertEquals(2, flag.code());
        assertTrue(flag.err().contains("Unknown option: '--frobnicate'"), flag.err());
        assertNoStackTrace(flag);

        CliRun base = run("validate", "--project", root(), "--id-base", "not an iri");
        assertEquals(2, base.code());
        assertTrue(base.err().contains("--id-base: id base must be an absolute http(s) IRI ending in \"/\""), base.err());
        assertNoStackTrace(base);

        for (CliRun r : new CliRun[] {missing, format}) assertNoStackTrace(r);
    }

    @Test
    void loadMakesTheServerSwitchWhileARunningQueryFinishesOnTheOldStore() throws Exception {
        LoadedStore before = serving.server().store();
        String oldHash = stats().path("dataHash").asText();
        assertEquals(before.dataHash(), oldHash);
        long oldTriples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");

        // A long request: headers and half the query now, the rest only after the server has switched.
        // It is pinned to the old store when it arrives and must finish there, deterministically.
        byte[] query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket("localhost", serving.server().port());
        OutputStream toServer = socket.getOutputStream();
        toServer.write(("POST /sparql HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
            + "Accept: application/sparql-results+json\r\nContent-Length: " + query.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(query, 0, 10);
        toServer.flush();
        CompletableFuture<String> longQuery = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(1000); // the request has arrived and is pinned to the old store

        Files.writeString(project.dataDir().resolve("entities/extra.ttl"),
            "<https://w3id.org/usmx/id/place/elsewhere> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Elsewhere\"@en .\n");
        CliRun load = run("load", "--project", root());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("switches to it now"), load.out());
        String newHash = new StoreManager(project.storeDir(), project.dataFiles()).contentHash();
        assertNotEquals(oldHash, newHash);

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!stats().path("dataHash").asText().equals(newHash)) {
            assertTrue(System.nanoTime() < deadline, "the server did not switch to the new store");
            Thread.sleep(200);
        }
        assertFalse(longQuery.isDone(), "the long request is still running when the server switches");
        assertFalse(before.isClosed(), "the old store stays open while a request runs on it");
        assertTrue(count("ASK { place:elsewhere skos:prefLabel \"Elsewhere\"@en }" ) == 1, "new requests see the new store");

        toServer.write(query, 10, query.length - 10);
        toServer.flush();
        String finished = longQuery.get(5, TimeUnit.MINUTES);
        socket.close();
        assertTrue(finished.startsWith("HTTP/1.1 200") || finished.startsWith("HTTP/1.0 200"), finished);
        assertEquals(oldTriples, JSON.readTree(finished.substring(finished.indexOf("\r\n\r\n") + 4)).path("results").path("bindings").get(0).path("n").path("value").asLong(),
            "the query that was running finished on the old store");
        assertTrue(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") > oldTriples, "new requests count the new triples");

        deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!before.isClosed()) {
            assertTrue(System.nanoTime() < deadline, "the old store was not closed after its last request");
            Thread.sleep(100);
        }
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(before.directory())) {
            assertTrue(System.nanoTime() < deadline, "the old database was not removed");
            Thread.sleep(100);
        }
    }

    private static JsonNode stats() throws Exception {
        HttpResponse<String> r = get("/api/stats");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** A COUNT (first binding) or an ASK (1 or 0) over /sparql. */
    private static long count(String query) throws Exception {
        HttpResponse<String> r = sparql(query);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = JSON.readTree(r.body());
        if (json.has("boolean")) return json.path("boolean").asBoolean() ? 1 : 0;
        JsonNode row = json.path("results").path("bindings").get(0);
        return row.path(row.fieldNames().next()).path("value").asLong();
    }
}
