package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;
import org.usmx.testing.TestProject;

/**
 * Issue 13, item 4, over the real data: the causal network does not collapse onto one node, causal
 * slots hold conditions rather than actors, and factor definitions say what a factor is rather than
 * what a paper thinks of it. Decisions: docs/curation/factors.md and docs/curation.md.
 */
class FactorVocabularyTest {

    /** Largest share of causal claims one cause or effect may take part in, unless docs/curation.md explains it. */
    private static final double MAX_SHARE = 0.08;

    @Test
    void noSingleNodeIsCauseOrEffectOfMoreThanEightPercentOfCausalClaims() throws IOException {
        long causal = RealGraph.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a usmx:CausalClaim }");
        assertTrue(causal > 300, "only " + causal + " causal claims");
        String curation = Files.readString(TestProject.repositoryRoot().resolve("docs/curation.md"), StandardCharsets.UTF_8);
        List<String> hubs = new ArrayList<>();
        for (String row : RealGraph.rows("""
                SELECT ?node (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a usmx:CausalClaim ; usmx:cause|usmx:effect ?node }
                GROUP BY ?node ORDER BY DESC(?n)""")) {
            String[] f = row.split("\\|");
            long n = Long.parseLong(f[1]);
            // an exception must be argued in docs/curation.md under a heading naming the node
            if (n > causal * MAX_SHARE && !curation.contains("Hub kept: `" + f[0] + "`")) hubs.add(f[0] + " (" + n + " of " + causal + ")");
        }
        assertEquals(List.of(), hubs, "causal hubs above " + (int) (MAX_SHARE * 100) + "% of causal claims");
    }

    @Test
    void everyCauseAndEffectIsAFactorEventOrInitiativeNeverABareActor() {
        List<String> actors = RealGraph.rows("""
            SELECT ?c ?slot ?x WHERE { ?c a usmx:CausalClaim ; ?slot ?x . VALUES ?slot { usmx:cause usmx:effect }
              FILTER NOT EXISTS { ?x a ?t . VALUES ?t { usmx:Factor usmx:Event usmx:Initiative } } }
            ORDER BY ?c""");
        assertEquals(List.of(), actors, "causal slots holding something that is not a factor, event or initiative");
        List<String> people = RealGraph.rows("""
            SELECT ?c ?x WHERE { ?c a usmx:CausalClaim ; usmx:cause|usmx:effect ?x .
              { ?x a usmx:Organization } UNION { ?x a usmx:Person } UNION { ?x a foaf:Person } UNION { ?x a org:Organization } }""");
        assertEquals(List.of(), people, "causal slots holding an organization or a person");
    }

    /** A definition that names a paper or author, or reports what "the paper" holds, states a view, not the factor. */
    private static final Pattern PAPER_VIEW = Pattern.compile(
        "(?i)\\b(downie|deare|arzt|rodr[ií]guez sumano|sumano|wiarda)\\b|\\bthe (paper|article|author|study)\\b|\\bpaper's\\b|\\baccording to\\b");

    @Test
    void noFactorDefinitionReportsAPapersView() {
        List<String> views = RealGraph.rows("SELECT ?f ?d WHERE { ?f a usmx:Factor ; skos:definition ?d }").stream()
            .filter(r -> PAPER_VIEW.matcher(r.substring(r.indexOf('|') + 1)).find())
            .toList();
        assertEquals(List.of(), views);
        long undefined = RealGraph.count("SELECT (COUNT(?f) AS ?n) WHERE { ?f a usmx:Factor FILTER NOT EXISTS { ?f skos:definition ?d } }");
        assertEquals(0, undefined, "every factor has a definition");
    }

    /** Claims whose quote names the thing only by a pronoun ("It was not easily accomplished", "this process"); read in context. */
    private static final java.util.Set<String> ANAPHORIC = java.util.Set.of("deare-2009-c076", "downie-2011-c254");

    @Test
    void theFormerHubIsSplitIntoTheThingsThePassagesName() {
        // factor, what every quote of a causal claim using it must name, and its one broader factor
        String[][] expected = {
            {"us-mexico-military-to-military-contacts",
             "(?i)interaction|contacts|collaborat|cooperat|links|activities|engagement|work more closely|shared missions", "us-mexico-defense-cooperation"},
            {"mexican-cooperation-with-usnorthcom", "USNORTHCOM", "us-mexico-defense-cooperation"},
            {"us-relations-with-the-mexican-navy", "Mexican Navy", "us-mexico-defense-cooperation"},
            {"us-relations-with-the-mexican-army-and-air-force", "Army and Air Force", "us-mexico-defense-cooperation"},
            {"limited-and-temporary-us-mexico-alliances", "(?i)alliance", "us-mexico-defense-cooperation"},
            {"us-mexico-bilateral-working-group-activity", "(?i)BWG|Bilateral Working Group|foreign affairs", "us-mexico-defense-cooperation"},
            {"us-equipment-transfers-to-mexico", "(?i)equipment", "us-security-assistance-to-mexico"},
            {"us-training-of-mexican-military-personnel", "(?i)training", "us-security-assistance-to-mexico"}};
        for (String[] e : expected) {
            List<String> quotes = RealGraph.rows("""
                SELECT ?c ?q WHERE { ?c a usmx:CausalClaim ; usmx:cause|usmx:effect factor:%s ; usmx:quote ?q }""".formatted(e[0]));
            assertTrue(!quotes.isEmpty(), e[0] + " is used by no causal claim");
            Pattern p = Pattern.compile(e[1]);
            assertEquals(List.of(), quotes.stream()
                .filter(r -> !ANAPHORIC.contains(r.substring(0, r.indexOf('|'))) && !p.matcher(r.substring(r.indexOf('|') + 1)).find())
                .toList(), e[0] + ": quotes that do not name it");
            assertEquals(List.of(e[2]), RealGraph.rows("SELECT ?b WHERE { factor:%s skos:broader ?b }".formatted(e[0])), e[0] + " broader");
        }
    }
}
