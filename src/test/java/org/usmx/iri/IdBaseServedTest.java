package org.usmx.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/**
 * --id-base: the real data served under another base. One server over the real data with
 * {@code http://example.org/kg/} against the shared server under the default base: the same
 * data, every entity IRI moved, nothing left under w3id.org/usmx/id/.
 */
class IdBaseServedTest {

    private static final String OTHER = "http://example.org/kg/";
    private static final String OLD_ID = IriPolicy.DEFAULT_BASE + "id/";
    private static final String NEW_ID = OTHER + "id/";
    private static final String SEDENA_OLD = OLD_ID + "org/sedena";
    private static final String SEDENA_NEW = NEW_ID + "org/sedena";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningServer rebased;
    private static RunningServer canonical;

    @BeforeAll
    static void start() {
        TestProject project = TestProject.withRealData();
        rebased = RunningServer.start(project, project.settings().withIdBase(OTHER));
        canonical = RunningServer.real();
    }

    @AfterAll
    static void stop() {
        if (rebased != null) rebased.close();
    }

    private static String ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void theApiGivesTheEntityUnderTheNewBase() throws Exception {
        String body = ok(rebased.get("/api/entities/org/sedena"));
        JsonNode entity = JSON.readTree(body);
        assertTrue(body.contains("\"" + SEDENA_NEW + "\""), body);
        assertFalse(body.contains(OLD_ID), "no IRI under the files' base: " + body);
        assertEquals(SEDENA_NEW, entity.path("iri").asText(), body);
        assertFalse(ok(rebased.get("/api/entities?type=Organization")).contains(OLD_ID));
    }

    @Test
    void linkedDataTurtleHasItsSubjectsUnderTheNewBase() {
        String turtle = ok(rebased.get("/id/org/sedena.ttl"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(g);
        Set<String> subjects = new TreeSet<>();
        g.find().forEachRemaining(t -> { if (t.getSubject().isURI()) subjects.add(t.getSubject().getURI()); });
        assertTrue(subjects.contains(SEDENA_NEW), subjects.toString());
        assertTrue(subjects.stream().noneMatch(s -> s.startsWith(OLD_ID)), subjects.toString());
        assertTrue(g.find().toList().stream().flatMap(t -> java.util.stream.Stream.of(t.getSubject(), t.getObject()))
            .filter(Node::isURI).noneMatch(n -> n.getURI().startsWith(OLD_ID)), turtle);
        // the prefix the description is written with names the new namespace
        assertTrue(turtle.contains("<" + NEW_ID + "org/>"), turtle);
    }

    @Test
    void theEntityPageLinksWithinThisHost() {
        String html = ok(rebased.get("/id/org/sedena.html"));
        assertTrue(html.contains(SEDENA_NEW), "the page names its IRI");
        assertFalse(html.contains(OLD_ID), "no link to the files' base");
    }

    @Test
    void sparqlAnswersTheSameRowsByTheNewIriAsTheDefaultBaseByTheOld() throws Exception {
        Set<String> before = rows(canonical, "SELECT ?p ?o WHERE { <" + SEDENA_OLD + "> ?p ?o }");
        Set<String> after = rows(rebased, "SELECT ?p ?o WHERE { <" + SEDENA_NEW + "> ?p ?o }");
        assertTrue(before.size() > 5, before.toString());
        Set<String> moved = new TreeSet<>();
        for (String r : before) moved.add(r.replace(OLD_ID, NEW_ID));
        assertEquals(moved, after);
        // the predeclared entity prefixes follow the base
        assertEquals(after, rows(rebased, "SELECT ?p ?o WHERE { inst:sedena ?p ?o }"));
        assertTrue(rows(rebased, "SELECT ?p ?o WHERE { <" + SEDENA_OLD + "> ?p ?o }").isEmpty());
    }

    @Test
    void theStoreHoldsAsManyTriplesAndNoneUnderTheOldBase() throws Exception {
        assertEquals(OTHER, JSON.readTree(ok(rebased.get("/api/stats"))).path("idBase").asText(), "the store says which base it was built for");
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertEquals(rows(canonical, count), rows(rebased, count));
        assertEquals(rows(canonical, "SELECT ?g WHERE { GRAPH ?g { } }"), rows(rebased, "SELECT ?g WHERE { GRAPH ?g { } }"),
            "graph names do not follow the base");
        assertEquals(Set.of("n=0 "), rows(rebased, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRSTARTS(STR(?s), \"" + OLD_ID + "\") || STRSTARTS(STR(?o), \"" + OLD_ID + "\")) }"));
    }

    @Test
    void theDumpIsTheDefaultBasesWithTheIrisMoved() {
        // blank node labels differ between two stores: quads without blank nodes must match exactly, the others in number
        IriPolicy other = new IriPolicy(OTHER);
        java.util.Map<Boolean, java.util.List<String>> expected = quads(ok(canonical.get("/dumps/usmx.nq")), other);
        java.util.Map<Boolean, java.util.List<String>> served = quads(ok(rebased.get("/dumps/usmx.nq")), null);
        assertTrue(expected.get(false).size() > 50_000);
        assertEquals(new TreeSet<>(expected.get(false)), new TreeSet<>(served.get(false)));
        assertEquals(expected.get(false).size(), served.get(false).size());
        assertEquals(expected.get(true).size(), served.get(true).size());
    }

    /** The quads of an N-Quads dump as strings, IRIs moved by {@code iris} (if given), split by whether they hold a blank node. */
    private static java.util.Map<Boolean, java.util.List<String>> quads(String nquads, IriPolicy iris) {
        java.util.Map<Boolean, java.util.List<String>> out = new java.util.HashMap<>(
            java.util.Map.of(true, new java.util.ArrayList<>(), false, new java.util.ArrayList<>()));
        RDFParser.create().source(new StringReader(nquads)).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                boolean blank = q.getSubject().isBlank() || q.getObject().isBlank();
                out.get(blank).add(q.getGraph() + " " + moved(q.getSubject()) + " " + q.getPredicate() + " " + moved(q.getObject()));
            }

            private String moved(Node n) {
                if (n.isBlank()) return "_";
                if (!n.isURI()) return n.toString();
                return "<" + (iris == null ? n.getURI() : iris.rebase(n.getURI())) + ">";
            }
        });
        return out;
    }

    @Test
    void searchReconciliationAndVoidUseTheNewBase() {
        String search = ok(rebased.get("/api/search?q=sedena"));
        assertTrue(search.contains(SEDENA_NEW), search);
        assertFalse(search.contains(OLD_ID), search);
        assertTrue(ok(rebased.get("/api/search?q=inst:sedena")).contains(SEDENA_NEW), "a prefixed name is read under the new base");
        String reconciled = ok(rebased.post("/reconcile", "application/x-www-form-urlencoded",
            "queries=" + RunningServer.enc("{\"q0\":{\"query\":\"SEDENA\"}}")));
        assertTrue(reconciled.contains(SEDENA_NEW), reconciled);
        assertFalse(reconciled.contains(OLD_ID), reconciled);
        assertTrue(ok(rebased.get("/reconcile")).contains("\"identifierSpace\":\"" + NEW_ID + "\""));
        String voidTtl = ok(rebased.get("/.well-known/void", "Accept", "text/turtle"));
        assertTrue(voidTtl.contains("\"" + NEW_ID + "\""), voidTtl);
        assertFalse(voidTtl.contains(OLD_ID), voidTtl);
    }

    @Test
    void theAnalysesAreTheSameUnderTheNewBase() throws Exception {
        // timeline lanes come from the countries' IRIs, causal edges are derived IRIs, the library query
        // finds each event's paper from its graph's name, factor: is a predeclared prefix: all move with the base
        for (String path : java.util.List.of("/api/timeline?limit=1000", "/api/causal-graph?from=factor:corruption-of-the-armed-forces",
                "/api/queries/events-by-date")) {
            String before = ok(canonical.get(path));
            String after = ok(rebased.get(path));
            assertTrue(before.contains(OLD_ID), path);
            assertFalse(after.contains(OLD_ID), path);
            assertEquals(JSON.readTree(before.replace(OLD_ID, NEW_ID)), JSON.readTree(after), path);
        }
    }

    @Test
    void everyAnswerIsTheDefaultBasesWithTheIrisMoved() throws Exception {
        java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of(
            "/api/entities", "/api/entities/person/felipe-calderon", "/api/sources", "/api/sources/arzt-2009",
            "/api/claims?about=inst:sedena&limit=20", "/api/claims/arzt-2009-c004", "/api/claims/arzt-2009-c004/trace",
            "/api/conflicts", "/api/search?q=merida", "/api/search?q=org/sedena", "/api/tenures?org=inst:sedena",
            "/reconcile/suggest/entity?prefix=sede", "/reconcile/preview?id=" + RunningServer.enc(SEDENA_OLD),
            "/id/org/sedena.html", "/id/claim/arzt-2009-c004.html", "/id/document/arzt-2009.html", "/browse/org",
            "/graph/arzt-2009.html", "/search?q=sedena", "/browse", "/ontology", "/ontology/shapes", "/read/arzt-2009", "/explore/timeline",
            "/explore", "/explore/causes", "/conflicts", "/query?name=events-by-date"));
        JsonNode library = JSON.readTree(ok(canonical.get("/api/queries"))).path("items");
        assertTrue(library.size() > 20, "every library query, run with its defaults");
        for (JsonNode q : library) paths.add("/api/queries/" + q.path("name").asText());
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> before = canonical.get(path);
            HttpResponse<String> after = rebased.get(path.replace(RunningServer.enc(SEDENA_OLD), RunningServer.enc(SEDENA_NEW)));
            // the base itself is named where a page says what it is (the query page's data-id-base)
            // and absolute links name the server's own address
            String expected = before.body().replace(OLD_ID, NEW_ID).replace("\"" + IriPolicy.DEFAULT_BASE + "\"", "\"" + OTHER + "\"")
                .replace(canonical.base() + "/", rebased.base() + "/");
            // a page may list things in hash order, which changes with the IRIs: the same elements in another order pass
            boolean sameElements = parts(expected).equals(parts(after.body()));
            if (before.statusCode() != after.statusCode() || !(expected.equals(after.body()) || sameElements)) {
                java.util.List<String> onlyExpected = new java.util.ArrayList<>(parts(expected));
                onlyExpected.removeAll(parts(after.body()));
                java.util.List<String> onlyServed = new java.util.ArrayList<>(parts(after.body()));
                onlyServed.removeAll(parts(expected));
                differ.add(path + " (" + before.statusCode() + "/" + after.statusCode() + "): only in the default base's answer " + cut(onlyExpected) + ", only in this one " + cut(onlyServed));
            }
        }
        assertTrue(differ.isEmpty(), String.join("\n", differ));
    }

    /** The text cut before each tag and line break, sorted: equal for the same elements in any order. */
    private static java.util.List<String> parts(String text) {
        return java.util.Arrays.stream(text.split("[<\\n]")).sorted().toList();
    }

    private static String cut(java.util.List<String> parts) {
        String s = parts.toString();
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    /** A SELECT's rows as "var=value …" strings (values as SPARQL JSON gives them). */
    private static Set<String> rows(RunningServer server, String query) throws Exception {
        JsonNode r = JSON.readTree(ok(server.sparql(query, "application/sparql-results+json")));
        Set<String> rows = new TreeSet<>();
        for (JsonNode b : r.path("results").path("bindings")) {
            StringBuilder row = new StringBuilder();
            b.fieldNames().forEachRemaining(v -> row.append(v).append('=').append(b.get(v).path("value").asText())
                .append(b.get(v).has("xml:lang") ? "@" + b.get(v).get("xml:lang").asText() : "").append(' '));
            rows.add(row.toString());
        }
        return rows;
    }
}
