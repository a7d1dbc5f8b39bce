package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;

/** The four papers are one graph: shared entities, agreement and conflict links, explicit disagreements. */
class CrossPaperTest {

    @Test
    void institutionsAndPeopleAreSharedAcrossPapers() {
        long sharedByAll = RealGraph.count("""
            SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?x (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              ?c usmx:statedIn ?paper ; usmx:about ?x . ?x a org:Organization } GROUP BY ?x } FILTER(?papers = 4) }""");
        long sharedByTwo = RealGraph.count("""
            SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?x (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              ?c usmx:statedIn ?paper ; usmx:about ?x } GROUP BY ?x } FILTER(?papers >= 2) }""");
        assertTrue(sharedByAll >= 5 && sharedByTwo >= 60, "organizations in all four papers: " + sharedByAll + ", entities in two or more: " + sharedByTwo);
    }

    @Test
    void claimsOfDifferentPapersAgreeAndConflict() {
        long agree = RealGraph.count("""
            SELECT (COUNT(*) AS ?n) WHERE { ?a usmx:agreesWith ?b ; usmx:statedIn ?pa . ?b usmx:statedIn ?pb . FILTER(?pa != ?pb && STR(?a) < STR(?b)) }""");
        long conflict = RealGraph.count("""
            SELECT (COUNT(*) AS ?n) WHERE { ?a usmx:conflictsWith ?b ; usmx:statedIn ?pa . ?b usmx:statedIn ?pb . FILTER(?pa != ?pb && STR(?a) < STR(?b)) }""");
        assertTrue(agree >= 100 && conflict >= 10, "cross-paper agreements " + agree + ", conflicts " + conflict);
    }

    @Test
    void everyConflictHasTwoSidesWithQuotesAndATopic() {
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?conflict WHERE { ?conflict a usmx:Conflict .
              FILTER NOT EXISTS { ?conflict usmx:conflictTopic ?t ; usmx:conflictKind ?k }
            } ORDER BY ?conflict"""), "conflicts without topic or kind");
        // Two sides at least; a side is quoted evidence, except a paper's own metadata (e.g. a report
        // number printed only on a form the canonical text leaves out), which says where it came from.
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?conflict WHERE { ?conflict a usmx:Conflict .
              { SELECT ?conflict (COUNT(DISTINCT ?side) AS ?sides) (COUNT(DISTINCT ?quoted) AS ?quotedSides) WHERE {
                  ?conflict a usmx:Conflict ; usmx:side ?side .
                  OPTIONAL { ?side usmx:quote ?q BIND(?side AS ?quoted) }
                  FILTER(EXISTS { ?side usmx:quote ?q2 } || EXISTS { ?side usmx:metadataSource ?m })
                } GROUP BY ?conflict }
              FILTER(?sides < 2 || ?quotedSides < 1) } ORDER BY ?conflict"""), "conflicts without two sides with quotes or metadata sources");
        long betweenPapers = RealGraph.count("""
            SELECT (COUNT(DISTINCT ?conflict) AS ?n) WHERE { ?conflict a usmx:Conflict ; usmx:side ?a , ?b .
              ?a usmx:statedIn ?pa . ?b usmx:statedIn ?pb . FILTER(?pa != ?pb) }""");
        // One node per disagreement (issue 13 merged five pair nodes into two- and three-paper nodes
        // and withdrew one false conflict), so this counts disagreements, not pairs.
        assertTrue(betweenPapers >= 13, "conflicts between papers: " + betweenPapers);
    }

    @Test
    void downieCitesDeareAsTheSourcePaperNodeAndTheWrongNumberIsAConflict() {
        // Downie's note 2 cites the Deare paper itself (the source paper node), under the wrong number
        assertEquals(List.of("deare-2009"), RealGraph.rows("SELECT ?work WHERE { cit:downie-2011-2-1 usmx:citedWork ?work }"));
        assertEquals(List.of("243"), RealGraph.rows("SELECT ?n WHERE { GRAPH graph:deare-2009 { doc:deare-2009 bibo:number ?n } }"));
        // the citation conflict about Deare is exactly that one: the number, Downie's note against Deare's record
        assertEquals(List.of("crosspaper-deare-strategic-forum-number|CitationConflict|number|deare-2009|downie-2011-2"), RealGraph.rows("""
            SELECT ?conflict ?kind ?property (MIN(?side) AS ?side1) (MAX(?side) AS ?side2) WHERE {
              ?conflict a usmx:Conflict ; usmx:conflictKind ?kind ; usmx:conflictAbout doc:deare-2009 ;
                        usmx:conflictProperty ?property ; usmx:side ?side .
              FILTER(?kind = usmx:CitationConflict)
            } GROUP BY ?conflict ?kind ?property"""));
    }
}
