package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.usmx.testing.RealGraph;

/**
 * Floors that a thin graph would fail: per paper, how many claims, causal claims (complete),
 * notes, cited works, memberships and fact evidence the curated data holds. Floors, not exact
 * numbers, so curation can grow.
 */
class CoverageTest {

    /** One paper's floors. */
    record Floors(String paper, int claims, int causal, int notes, int memberships, int facts) {
        @Override public String toString() { return paper; }
    }

    static List<Floors> papers() {
        return PaperFloors.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void eachPaperMeetsItsFloors(Floors f) {
        String paper = "doc:" + f.paper();
        long claims = RealGraph.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a usmx:Claim ; usmx:statedIn " + paper + " }");
        long causal = RealGraph.count("""
            SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a usmx:CausalClaim ; usmx:statedIn %s ;
              usmx:cause ?x ; usmx:effect ?y ; usmx:polarity ?p ; usmx:modality ?m }""".formatted(paper));
        long notes = RealGraph.count("SELECT (COUNT(DISTINCT ?n0) AS ?n) WHERE { ?n0 usmx:noteOf " + paper + " ; usmx:noteNumber ?k }");
        long memberships = RealGraph.count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a org:Membership ; usmx:reference/usmx:statedIn " + paper + " }");
        long facts = RealGraph.count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a usmx:FactEvidence ; usmx:statedIn " + paper + " }");
        String got = f.paper() + ": claims " + claims + ", causal " + causal + ", notes " + notes + ", memberships " + memberships + ", facts " + facts;
        assertTrue(claims >= f.claims() && causal >= f.causal() && notes >= f.notes() && memberships >= f.memberships() && facts >= f.facts(),
            got + " below floors " + f);
    }
}
