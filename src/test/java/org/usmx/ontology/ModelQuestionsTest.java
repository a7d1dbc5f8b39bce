package org.usmx.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;
import org.usmx.testing.SharedStore;

/**
 * The questions the model must make easy, asked in plain SPARQL 1.1 over the fixture (union
 * default graph, no reasoner), each asserting the exact answer.
 */
class ModelQuestionsTest {

    static List<String> rows(String sparql) {
        // the fixture store shared by the test JVM: TDB2 with the union as default graph, as served
        return RealGraph.rows(SharedStore.fixture().dataset(), sparql);
    }

    @Test
    void postsAPersonHeldInWhichInstitutionWhenAndAccordingToWhichPaper() {
        assertEquals(List.of("Secretary of the Navy|testland-navy|2001-03|alpha-2001|Admiral Jane Roe, then Secretary of the Navy in March 2001, met the delegation."),
            rows("""
                SELECT ?role ?org ?when ?paper ?quote WHERE {
                  ?m org:member person:jane-roe ; org:organization ?org ; usmx:reference ?ref .
                  ?ref usmx:roleTitle ?role ; usmx:attestedDate ?when ; usmx:statedIn ?paper ; usmx:quote ?quote .
                }"""));
    }

    @Test
    void institutionsTakingPartInAnEventOrInitiativeWithTheirEvidence() {
        assertEquals(List.of("delegation-meeting-2001|testland-navy|alpha-2001|Admiral Jane Roe, then Secretary of the Navy in March 2001, met the delegation."),
            rows("""
                SELECT ?event ?org ?paper ?quote WHERE {
                  ?event usmx:partOfInitiative init:naval-dialogue ; usmx:participant ?org .
                  ?org a org:Organization .
                  ?e rdf:subject ?event ; rdf:predicate usmx:participant ; rdf:object ?org ; usmx:statedIn ?paper ; usmx:quote ?quote .
                }"""));
    }

    @Test
    void whatAPaperClaimsCausesSomethingDirectlyOrThroughAChain() {
        assertEquals(List.of("joint-exercises|trust-between-navies", "trust-between-navies|border-war"),
            rows("""
                SELECT ?cause ?effect WHERE {
                  ?c usmx:statedIn doc:alpha-2001 ; usmx:cause ?cause ; usmx:effect ?effect ; usmx:polarity ?p .
                  FILTER(?p IN (usmx:Increases, usmx:Causes, usmx:Enables)) FILTER(?effect != factor:distrust)
                } ORDER BY ?cause"""));
        assertEquals(List.of("border-war", "distrust", "trust-between-navies"),
            rows("SELECT ?x WHERE { factor:joint-exercises usmx:causes+ ?x } ORDER BY ?x"),
            "chain: joint exercises → trust → border war → distrust");
    }

    @Test
    void claimsWithOppositePolarityAndWhoHoldsEachView() {
        assertEquals(List.of("alpha-2001-c2|alpha-author|Increases|beta-2002-c1|beta-author|Decreases"),
            rows("""
                SELECT ?a ?whoA ?pa ?b ?whoB ?pb WHERE {
                  ?a usmx:effect ?effect ; usmx:polarity ?pa ; usmx:attributedTo ?whoA .
                  ?b usmx:effect ?effect ; usmx:polarity ?pb ; usmx:attributedTo ?whoB .
                  FILTER(?pa IN (usmx:Increases, usmx:Causes) && ?pb IN (usmx:Decreases, usmx:Prevents))
                }"""));
    }

    @Test
    void fromAClaimToPassagePageFootnoteCitedWorkAndConflictingClaims() {
        assertEquals(List.of("Distrust grew after the border war.|175|210|2|1|Naval Matters|beta-2002-c1"),
            rows("""
                SELECT ?exact ?start ?end ?page ?fn ?title ?other WHERE {
                  claim:alpha-2001-c2 usmx:evidence ?a ; usmx:supportedBy ?note ; usmx:conflictsWith ?other .
                  ?a usmx:page ?page ; oa:hasTarget/oa:hasSelector ?q , ?pos .
                  ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end .
                  ?note usmx:noteNumber ?fn ; cito:cites ?work . ?work dcterms:title ?title .
                }"""));
        assertEquals(List.of("alpha-2001-c2"), rows("SELECT ?c WHERE { claim:beta-2002-c1 usmx:conflictsWith ?c }"));
        assertEquals(List.of("alpha-2001-c2"), rows("SELECT ?c WHERE { claim:beta-2002-c1 usmx:conflictsWith ?c }"),
            "symmetric: stated one way, queryable both ways");
    }

    @Test
    void whereThePapersDisagreeWithBothValuesAndSources() {
        assertEquals(List.of("When the border war ended|endDate|1898|beta-2002|The border war ended in 1898.",
                "When the border war ended|endDate|1899|alpha-2001|The border war ended in 1899."),
            rows("""
                SELECT ?topic ?prop ?value ?paper ?quote WHERE {
                  ?c a usmx:Conflict ; usmx:conflictTopic ?topic ; usmx:conflictProperty ?prop ; usmx:side ?e .
                  ?e rdf:object ?value ; usmx:statedIn ?paper ; usmx:quote ?quote .
                } ORDER BY ?value"""));
    }

    @Test
    void inferenceIsMaterializedInItsOwnGraph() {
        assertEquals(List.of("testland-navy"), rows("SELECT ?o WHERE { ?o a org:Organization ; usmx:country place:testland ; org:subOrganizationOf ?parent }"),
            "an armed service is found as an org:Organization");
        assertEquals(List.of("testland-navy"), rows("SELECT ?sub WHERE { inst:testland-defense-ministry org:hasSubOrganization ?sub }"),
            "inverse of subOrganizationOf");
        assertEquals(List.of("inferred"), rows("""
            SELECT ?g WHERE { GRAPH ?g { inst:testland-defense-ministry org:hasSubOrganization inst:testland-navy } }"""));
        assertEquals(List.of("ev:alpha-2001-f001 conflicts ev:beta-2002-f001"), rows("""
            SELECT (CONCAT("ev:", STRAFTER(STR(?a), "evidence/"), " conflicts ev:", STRAFTER(STR(?b), "evidence/")) AS ?x)
            WHERE { ?a usmx:conflictsWith ?b . FILTER(STR(?a) < STR(?b)) FILTER(CONTAINS(STR(?a), "/evidence/")) }"""));
        List<String> edge = rows("""
            SELECT ?claim WHERE { ?e a usmx:CausalEdge ; usmx:edgeFrom factor:joint-exercises ; usmx:edgeTo factor:distrust ;
                                     usmx:derivedFromClaim ?claim }""");
        assertEquals(List.of("beta-2002-c1"), edge, "each derived edge traces back to its claims");
        assertTrue(rows("SELECT ?x WHERE { factor:joint-exercises usmx:hinders ?x }").contains("distrust"));
    }
}
