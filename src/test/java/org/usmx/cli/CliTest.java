package org.usmx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.usmx.testing.CliRun;
import org.usmx.testing.TestProject;

class CliTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The subcommands `usmx --help` lists, in its order (Main's picocli subcommands, then help). */
    private static final List<String> COMMANDS = List.of("serve", "load", "validate", "export", "query", "clean-sources", "new-paper");

    @Test
    void everyCommandHasHelp() {
        for (String cmd : COMMANDS) {
            CliRun r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: usmx " + cmd), cmd + ": " + r.out());
        }
    }

    @Test
    void theHelpListsEveryCommand() {
        CliRun help = run("--help");
        assertEquals(0, help.code(), help.out());
        // picocli prints "Commands:" then one command a line, indented by two spaces (longer indents continue a description)
        List<String> listed = help.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
            .filter(l -> l.matches("  \\S.*")).map(l -> l.trim().split("\\s+")[0]).toList();
        List<String> expected = new ArrayList<>(COMMANDS);
        expected.add("help");
        assertEquals(expected, listed, help.out());
    }

    @Test
    void validatePassesOnGoodDataAndReportsViolationsReadably() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            CliRun ok = run("validate", "--project", p.root().toString());
            assertEquals(0, ok.code(), ok.out());
            assertTrue(ok.out().contains("valid: no violations"));
            Path claims = p.dataDir().resolve("alpha-2001/claims.ttl");
            Files.writeString(claims, Files.readString(claims).replace("usmx:polarity usmx:Enables ;", ""));
            CliRun bad = run("validate", "--project", p.root().toString());
            assertEquals(1, bad.code());
            assertTrue(bad.out().contains("[shacl] <https://w3id.org/usmx/id/claim/alpha-2001-c3> <https://w3id.org/usmx/ontology#polarity>: "
                + "A causal claim needs exactly one usmx:polarity"), bad.out());
        }
    }

    @Test
    void queryPrintsATableFromAFileOrAString() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Path rq = p.root().resolve("q.rq");
            Files.writeString(rq, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?l WHERE { <https://w3id.org/usmx/id/person/jane-roe> skos:prefLabel ?l }");
            CliRun fromFile = run("query", "--project", p.root().toString(), rq.toString());
            assertEquals(0, fromFile.code());
            assertTrue(fromFile.out().contains("\"Jane Roe\"@en"), fromFile.out());
            CliRun csv = run("query", "--project", p.root().toString(), "--format", "csv",
                "SELECT ?n WHERE { <https://w3id.org/usmx/id/person/jane-roe> <http://xmlns.com/foaf/0.1/name> ?n }");
            assertEquals("n\r\nJane Roe\r\n", csv.out());
            CliRun prefixed = run("query", "--project", p.root().toString(), "ASK { person:jane-roe a usmx:Person }");
            assertEquals("yes\n", prefixed.out(), "the standard prefixes are predeclared, as on /sparql");
        }
    }

    @Test
    void queryFileParametersAreBoundAsTermsWithDeclaredDefaults() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Path rq = p.root().resolve("label.rq");
            Files.writeString(rq, "# title: Label\n# param: ?who iri person:jane-roe Whose label\n"
                + "SELECT ?l WHERE { ?who foaf:name ?l } ORDER BY ?l");
            String project = p.root().toString();
            assertEquals("l\r\nJane Roe\r\n", run("query", "--project", project, "-f", "csv", rq.toString()).out(), "default bound");
            assertEquals("l\r\n", run("query", "--project", project, "-f", "csv", "-p", "who=inst:testland-navy", rq.toString()).out(),
                "given value bound instead of the default");
            CliRun injection = run("query", "--project", project, "-p", "who=x> } SELECT * { ?s ?p ?o", rq.toString());
            assertEquals(2, injection.code());
            assertTrue(injection.err().contains("must be an IRI"), injection.err());
            CliRun undeclared = run("query", "--project", project, "-p", "whom=person:jane-roe", rq.toString());
            assertEquals(2, undeclared.code());
            assertTrue(undeclared.err().contains("has no parameter \"whom\""), undeclared.err());
        }
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            for (String fmt : new String[] {"trig", "nquads", "jsonld"}) {
                Path out = p.root().resolve("dump." + fmt);
                assertEquals(0, run("export", "--project", p.root().toString(), "-f", fmt, "-o", out.toString()).code());
                DatasetGraph dsg = DatasetGraphFactory.create();
                Lang lang = fmt.equals("trig") ? Lang.TRIG : fmt.equals("nquads") ? Lang.NQUADS : Lang.JSONLD;
                RDFParser.source(out).lang(lang).parse(dsg);
                assertTrue(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/usmx/graph/alpha-2001")), fmt);
            }
            Path ttl = p.root().resolve("union.ttl");
            assertEquals(0, run("export", "--project", p.root().toString(), "-f", "turtle", "-o", ttl.toString()).code());
            Supplier<String> text = () -> { try { return Files.readString(ttl); } catch (Exception e) { throw new RuntimeException(e); } };
            assertTrue(text.get().contains("jane-roe"));
        }
    }

    @Test
    void loadRebuildsAndReportsFailuresWithoutLosingTheStore() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            CliRun first = run("load", "--project", p.root().toString());
            assertEquals(0, first.code());
            assertTrue(first.out().lines().anyMatch(l -> l.startsWith("built ")), first.out());
            CliRun again = run("load", "--if-changed", "--project", p.root().toString());
            assertTrue(again.out().lines().anyMatch(l -> l.startsWith("unchanged ")), again.out());
            Files.writeString(p.dataDir().resolve("entities/bad.ttl"), "this is not turtle");
            assertEquals(1, run("load", "--project", p.root().toString()).code());
            CliRun after = run("query", "--project", p.root().toString(), "--format", "csv", "ASK { ?s ?p ?o }");
            assertEquals(0, after.code(), after.err());
            assertEquals("yes\n", after.out(), "the last good store still answers");
            assertTrue(after.err().contains("usmx query: data/ does not load (data/entities/bad.ttl:1:1: "), after.err());
        }
    }
}
