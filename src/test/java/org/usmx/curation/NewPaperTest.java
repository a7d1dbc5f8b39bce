package org.usmx.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.usmx.curation.recipe.Papers;
import org.usmx.iri.IriPolicy;
import org.usmx.testing.CliRun;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/**
 * Adding a paper end to end, as docs/adding-a-paper.md tells a researcher to: `usmx new-paper`
 * scaffolds it, the researcher writes the recipe and a claim (no Java), `clean-sources`,
 * `validate` and `load` accept it, and the server lists it with its claim and highlights the claim
 * on the paper's reader page.
 */
class NewPaperTest {

    private record Run(int code, String out) {}

    private static Run cli(String... args) {
        CliRun r = CliRun.of(args);
        return new Run(r.code(), r.both());
    }

    @Test
    void theCommandExplainsItselfAndRefusesABadId() throws Exception {
        Run help = cli("new-paper", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: usmx new-paper") && help.out().contains("--text=FILE"), help.out());
        Path text = TestProject.repositoryRoot().resolve("src/test/resources/new-paper/gamma-2005.txt");
        try (TestProject p = TestProject.withFixtureData()) {
            Run bad = cli("new-paper", "Gamma_2005", "--text", text.toString(), "--project", p.root().toString());
            assertEquals(2, bad.code());
            assertTrue(bad.out().contains("lower-case words and numbers joined by hyphens"), bad.out());
            Run badDate = cli("new-paper", "gamma-2005", "--text", text.toString(), "--issued", "May 2005", "--project", p.root().toString());
            assertEquals(2, badDate.code());
            assertTrue(badDate.out().contains("YYYY, YYYY-MM or YYYY-MM-DD"), badDate.out());
            assertTrue(Files.notExists(p.dataDir().resolve("gamma-2005")) && Files.notExists(p.dataDir().resolve("raw/gamma-2005.txt")),
                "a refused paper leaves nothing behind");
        }
    }

    @Test
    void aResearcherAddsAPaperWithoutJavaAndSeesItServed() throws Exception {
        Path text = TestProject.repositoryRoot().resolve("src/test/resources/new-paper/gamma-2005.txt");
        try (TestProject p = TestProject.withFixtureData()) {
            String project = p.root().toString();
            Path folder = p.dataDir().resolve("gamma-2005");

            // 1. Scaffold. The text is hard-wrapped, so the one-step recipe cannot clean it yet.
            Run created = cli("new-paper", "gamma-2005", "--text", text.toString(), "--author", "Ana Example", "--issued", "2005", "--project", project);
            assertEquals(0, created.code(), created.out());
            for (String f : new String[] {"document.ttl", "recipe.yaml", "claims.ttl", "expectations.yaml"}) assertTrue(Files.isRegularFile(folder.resolve(f)), f);
            assertEquals(Files.readString(text), Files.readString(p.dataDir().resolve("raw/gamma-2005.txt")));
            assertTrue(created.out().contains("the text is not clean yet"), created.out());
            assertTrue(created.out().contains("one paragraph per line"), created.out());
            assertTrue(Files.readString(folder.resolve("document.ttl")).contains("dcterms:title \"Gamma Paper on Border Patrols\""));
            assertTrue(Papers.ids(p.dataDir()).contains("gamma-2005"));

            // A second scaffold with the same id is refused and changes nothing.
            Run again = cli("new-paper", "gamma-2005", "--text", text.toString(), "--project", project);
            assertEquals(2, again.code());
            assertTrue(again.out().contains("already exists"), again.out());

            // 2. The recipe, as data.
            Files.writeString(folder.resolve("recipe.yaml"), """
                raw: ["gamma-2005.txt"]
                steps:
                  - step: paragraphs
                    why: blank lines separate paragraphs
                  - step: join-lines
                    why: the extraction keeps the printed line breaks
                  - step: drop-paragraphs
                    first: "12"
                    why: a printed page number on a line of its own
                  - step: extract-notes
                    count: 1
                    why: the footnote follows the body
                  - step: note-markers
                    count: 1
                    why: the superscript marker of note 1
                """);
            Run cleaned = cli("clean-sources", "gamma-2005", "--project", project);
            assertEquals(0, cleaned.code(), cleaned.out());
            assertEquals("""
                Gamma Paper on Border Patrols

                Ana Example

                Joint patrols along the border reduced smuggling in 2005. Officials on both sides credit the patrols with the fall in seizures at the crossings.

                Trust between the two border agencies grew as the patrols continued through the year.

                Notes

                1 Border Report, 2006, p. 4.
                """, Files.readString(p.dataDir().resolve("sources/gamma-2005.txt")));
            String canonical = Files.readString(p.dataDir().resolve("sources/gamma-2005.txt"));
            int marker = canonical.codePointCount(0, canonical.indexOf(" Officials on both sides"));
            assertTrue(Files.readString(folder.resolve("layout.ttl")).contains("note/gamma-2005-1> usmx:markerOffset " + marker + " ."));

            // 3. The note and a claim, curated by hand.
            Files.writeString(folder.resolve("document.ttl"), Files.readString(folder.resolve("document.ttl")) + """

                note:gamma-2005-1 a usmx:Footnote ; usmx:noteOf doc:gamma-2005 ; usmx:noteNumber 1 ;
                    usmx:noteText "Border Report, 2006, p. 4." ; usmx:quote "1 Border Report, 2006, p. 4." .
                """);
            // The scaffold validates before any claim is curated (its claims file is marked empty).
            Run scaffolded = cli("validate", "--project", project);
            assertEquals(0, scaffolded.code(), scaffolded.out());
            Files.writeString(folder.resolve("claims.ttl"), Files.readString(folder.resolve("claims.ttl")).replace("# usmx:empty\n", "") + """

                claim:gamma-2005-c001 a usmx:FactualClaim ;
                    usmx:statedIn doc:gamma-2005 ;
                    usmx:attributedTo person:alpha-author ;
                    usmx:quote "Joint patrols along the border reduced smuggling in 2005." ;
                    rdfs:label "Joint border patrols cut smuggling in 2005"@en .
                """);

            // 4. Validate and load.
            Run valid = cli("validate", "--project", project);
            assertEquals(0, valid.code(), valid.out());
            assertTrue(valid.out().contains("valid: no violations"), valid.out());
            Run loaded = cli("load", "--project", project);
            assertEquals(0, loaded.code(), loaded.out());

            // 5. Served, with its claim.
            try (RunningServer server = RunningServer.start(p)) {
                HttpResponse<String> sources = server.get("/api/sources");
                assertEquals(200, sources.statusCode());
                JsonNode gamma = new ObjectMapper().readTree(sources.body()).findParents("id").stream()
                    .filter(n -> n.get("id").asText().equals("gamma-2005")).findFirst().orElseThrow(() -> new AssertionError(sources.body()));
                assertEquals("Gamma Paper on Border Patrols", gamma.get("title").asText());
                assertEquals(1, gamma.get("claimCount").asInt(), gamma.toString());
                HttpResponse<String> source = server.get("/api/sources/gamma-2005");
                assertEquals(200, source.statusCode(), source.body());
                assertTrue(source.body().contains("gamma-2005-c001"), source.body());
                assertTrue(source.body().contains("Trust between the two border agencies"), source.body());

                // 6. Its reader page shows the text with the claim highlighted at its quote.
                HttpResponse<String> read = server.get("/read/gamma-2005");
                assertEquals(200, read.statusCode(), read.body());
                Document page = Jsoup.parse(read.body());
                assertEquals("Gamma Paper on Border Patrols", page.select("#paper-title").text());
                String claim = IriPolicy.DEFAULT.claim("gamma-2005-c001");
                Elements highlighted = page.select(".reader-text [data-claim]");
                assertEquals(List.of(claim), highlighted.eachAttr("data-claim"), read.body());
                assertEquals("Joint patrols along the border reduced smuggling in 2005.", highlighted.first().text());
                assertTrue(page.select(".reader-text").text().contains("Trust between the two border agencies grew"), read.body());
            }
        }
    }
}
