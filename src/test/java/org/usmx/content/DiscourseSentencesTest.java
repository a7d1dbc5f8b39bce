package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;

/**
 * Issue 13, item 3: sentences in which a paper talks about itself (roadmap, method, acknowledgement,
 * editorial matter) are usmx:DiscourseSentence, outside the claim hierarchy, and still anchored in
 * the text. The list is named here so that a sentence cannot silently move in or out of it; the
 * decisions are recorded in docs/curation.md ("Discourse sentences").
 */
class DiscourseSentencesTest {

    /** Every discourse sentence of the four papers, with its role. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
        Map.entry("deare-2009-d001", "Roadmap"),
        Map.entry("downie-2011-c003", "EditorialNote"),
        Map.entry("downie-2011-c006", "EditorialNote"),
        Map.entry("downie-2011-c009", "EditorialNote"),
        Map.entry("downie-2011-c010", "EditorialNote"),
        Map.entry("downie-2011-c012", "EditorialNote"),
        Map.entry("downie-2011-c013", "Acknowledgement"),
        Map.entry("downie-2011-c017", "Roadmap"),
        Map.entry("downie-2011-c042", "Roadmap"),
        Map.entry("downie-2011-c043", "Roadmap"),
        Map.entry("downie-2011-c053", "Roadmap"),
        Map.entry("downie-2011-c149", "Method"),
        Map.entry("downie-2011-c164", "Roadmap"),
        Map.entry("downie-2011-c202", "Roadmap"),
        Map.entry("downie-2011-c210", "Method"),
        Map.entry("downie-2011-c224", "Method"),
        Map.entry("downie-2011-c225", "Roadmap"),
        Map.entry("downie-2011-c230", "Roadmap"),
        Map.entry("downie-2011-d001", "EditorialNote"),
        Map.entry("downie-2011-d002", "EditorialNote"),
        Map.entry("downie-2011-d003", "Roadmap"),
        Map.entry("downie-2011-d004", "Roadmap"),
        Map.entry("downie-2011-d005", "Roadmap"),
        Map.entry("downie-2011-d006", "Roadmap"),
        Map.entry("downie-2011-d007", "Roadmap"),
        Map.entry("downie-2011-d008", "EditorialNote")));

    /**
     * Wordings of a paper speaking about itself. A claim whose quote matches one is a discourse
     * sentence unless it is listed in {@link #CLAIMS_WITH_SELF_REFERENCE}.
     */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
        "(?i)\\b(this|the following|the final|the second|the next) (paper|article|study|section|sections|essay)\\b"
        + "|\\bthanks to\\b|\\boffers special thanks\\b|\\bthe author\\b");

    /** Claims that mention the paper but also state something about the world (kept as claims, see docs/curation.md). */
    private static final Set<String> CLAIMS_WITH_SELF_REFERENCE = Set.of(
        "downie-2011-c001",             // CHDS inaugurates its new series with this study (a fact about CHDS)
        "downie-2011-c131",             // "for the purpose of this paper, political concerns caused an impact …" (causal)
        "rodriguez-sumano-2007-c001",   // "This paper will argue first that …" states the thesis itself
        "rodriguez-sumano-2007-c225");  // the author's other books (a fact about the author)

    @Test
    void theDiscourseSentencesAreExactlyTheNamedOnesWithTheirRoles() {
        Map<String, String> found = new TreeMap<>();
        for (String row : RealGraph.rows("SELECT ?s ?role WHERE { ?s a usmx:DiscourseSentence ; usmx:discourseRole ?role }")) {
            String[] f = row.split("\\|");
            found.put(f[0], f[1]);
        }
        assertEquals(EXPECTED, found);
    }

    @Test
    void noDiscourseSentenceIsAClaimOrHasACausalSlot() {
        List<String> wrong = RealGraph.rows("""
            SELECT DISTINCT ?s WHERE { ?s a usmx:DiscourseSentence .
              { ?s a usmx:Claim } UNION { ?s a ?t . ?t rdfs:subClassOf* usmx:Claim }
              UNION { ?s usmx:cause|usmx:effect|usmx:polarity|usmx:agreesWith|usmx:conflictsWith|usmx:elaborates ?x }
              UNION { ?x usmx:agreesWith|usmx:conflictsWith|usmx:elaborates|usmx:consequence|usmx:side ?s } }""");
        assertEquals(List.of(), wrong);
        long causal = RealGraph.count("""
            SELECT (COUNT(*) AS ?n) WHERE { ?e a usmx:CausalEdge ; usmx:derivedFromClaim ?s . ?s a usmx:DiscourseSentence }""");
        assertEquals(0, causal, "a discourse sentence must add no causal edge");
    }

    @Test
    void everyDiscourseSentenceKeepsItsQuoteAnchored() {
        List<String> unanchored = RealGraph.rows("""
            SELECT ?s WHERE { ?s a usmx:DiscourseSentence .
              FILTER NOT EXISTS { ?s usmx:evidence/oa:hasTarget/oa:hasSelector/oa:start ?start } }""");
        assertEquals(List.of(), unanchored);
        assertTrue(EXPECTED.size() >= 10, "issue 13 counts 10-15 discourse sentences among the claims");
    }

    @Test
    void noClaimTalksOnlyAboutThePaperItself() {
        List<String> suspects = RealGraph.rows("SELECT ?c ?q WHERE { ?c a usmx:Claim ; usmx:quote ?q }").stream()
            .filter(r -> SELF_REFERENCE.matcher(r.substring(r.indexOf('|') + 1)).find())
            .map(r -> r.substring(0, r.indexOf('|')))
            .filter(id -> !CLAIMS_WITH_SELF_REFERENCE.contains(id))
            .sorted().toList();
        assertEquals(List.of(), suspects, "claims whose quote speaks about the paper itself: make them discourse sentences or list them");
    }
}
