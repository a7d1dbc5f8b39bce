package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.usmx.curation.recipe.Expectations;
import org.usmx.curation.recipe.Papers;
import org.usmx.testing.RealGraph;
import org.usmx.testing.TestProject;

/**
 * "Every claim, not a sample": nearly every sentence of a paper's body is the passage of some
 * claim or fact. A sentence counts as covered when evidence anchored in the canonical text spans
 * at least half of it. Questions are not counted; the few sentences left are road-map sentences,
 * captions and the like, which are not claims (see docs/curation/{paper}.md). A thin or partial curation fails here.
 */
class CompletenessTest {

    /** A sentence: a run without terminal punctuation, then the punctuation and closing quotes. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?][\"”’)]*");

    /** Every paper in data/ (its folder and usmx:SourcePaper), with its data/{paper}/expectations.yaml. */
    static List<Expectations> papers() {
        return Papers.ids(PaperFloors.DATA).stream().map(p -> Expectations.load(PaperFloors.DATA, p)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void nearlyEveryBodySentenceIsThePassageOfAClaimOrFact(Expectations expected) throws IOException {
        String paper = expected.paper();
        String text = Files.readString(TestProject.repositoryRoot().resolve("data/sources/" + paper + ".txt"), StandardCharsets.UTF_8);
        int[] cps = text.codePoints().toArray();
        boolean[] covered = new boolean[cps.length];
        for (String row : RealGraph.rows("""
                SELECT ?start ?end WHERE { ?a oa:hasTarget ?t . ?t oa:hasSource doc:%s ; oa:hasSelector ?p .
                  ?p oa:start ?start ; oa:end ?end }""".formatted(paper))) {
            String[] f = row.split("\\|");
            for (int i = Integer.parseInt(f[0]); i < Integer.parseInt(f[1]); i++) covered[i] = true;
        }
        String body = new String(cps, 0, bodyEnd(cps, text));
        int total = 0;
        List<String> uncovered = new ArrayList<>();
        Matcher m = SENTENCE.matcher(body);
        while (m.find()) {
            String sentence = m.group().strip();
            if (sentence.length() < 40 || sentence.replaceAll("[\"”’)]+$", "").endsWith("?")) continue; // questions are not claims
            total++;
            int start = body.codePointCount(0, m.start());
            int end = body.codePointCount(0, m.end());
            int hit = 0;
            for (int i = start; i < end; i++) if (covered[i]) hit++;
            if (hit * 2 < end - start) uncovered.add(sentence);
        }
        assertTrue(total >= expected.completeness().minSentences(), paper + ": only " + total + " sentences found");
        assertTrue(uncovered.size() * 100 <= total * expected.completeness().maxUncoveredPercent(), paper + ": " + uncovered.size() + " of " + total
            + " body sentences are the passage of no claim or fact, e.g. " + uncovered.stream().limit(10).toList());
    }

    @org.junit.jupiter.api.Test
    void thePaperFoldersAreTheSourcePapersOfTheGraph() {
        List<String> inGraph = RealGraph.rows("SELECT ?doc WHERE { ?doc a usmx:SourcePaper ; usmx:canonicalText ?t }").stream()
            .map(iri -> iri.substring(iri.lastIndexOf('/') + 1)).sorted().toList();
        assertEquals(inGraph, Papers.ids(PaperFloors.DATA));
    }

    /** Code points before the Notes part (the whole text if there is none). */
    private static int bodyEnd(int[] cps, String text) {
        int at = text.indexOf("\nNotes\n");
        return at < 0 ? cps.length : text.codePointCount(0, at);
    }
}
