package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;
import org.usmx.testing.RealGraph;
import org.usmx.testing.TestProject;

/**
 * Statements, not mentions (issue 13), over the real data: post holdings are one statement with
 * references and an OWL-Time period; conflicts have a nature and positions whose sides agree;
 * passages quoted from a note carry the note's page; the relations between works and claims the
 * texts make are there.
 */
class ModelStatementsTest {

    private static final QueryLibrary LIBRARY = new QueryLibrary(TestProject.repositoryRoot().resolve("queries"));

    private static List<String> library(String name, Map<String, String> params) {
        QueryLibrary.Entry entry = LIBRARY.get(name).orElseThrow();
        SelectRunner runner = new SelectRunner(RealGraph.dataset(), Duration.ofSeconds(60));
        return runner.select(entry.query(), QueryLibrary.bind(entry, params)).rows().stream()
            .map(r -> r.get("personLabel") + "|" + r.get("heldFrom") + "|" + r.get("heldTo")).toList();
    }

    @Test
    void sedenaHeadsDuringTheCalderonAdministrationByPeriodOverlap() {
        // Calderón's presidency as the papers date it: from 2006 (Downie) to August 2010 (the latest
        // passage naming him president). Galván Galván is attested in October 2007 (Deare) and March
        // 2009 (Downie); Cervantes Aguirre in 1995–2000; Vega García's holding states no date.
        assertEquals(List.of("Guillermo Galván Galván|2007-10-01|2009-03-31"),
            library("holders-during", Map.of("org", "inst:sedena", "post", "post:sedena-secretary",
                "during", "mship:felipe-calderon-mexico-president")));
        // and the other way round: whoever headed SEDENA in 1996 is not Calderón's secretary
        assertEquals(List.of("Enrique Cervantes Aguirre|1995-01-01|2000-12-31"),
            library("holders-during", Map.of("org", "inst:sedena", "during", "mship:william-perry-us-secretary-of-defense")));
    }

    @Test
    void sedenaListsOneHoldingPerPersonAndPost() {
        assertEquals(List.of("clemente-vega-garcia|sedena-secretary|3", "enrique-cervantes-aguirre|sedena-secretary|2",
                "guillermo-galvan-galvan|sedena-secretary|4"),
            RealGraph.rows("""
                SELECT ?person ?post (COUNT(DISTINCT ?ref) AS ?refs) WHERE {
                  ?m a org:Membership ; org:organization inst:sedena ; org:member ?person ; usmx:post ?post ; usmx:reference ?ref .
                } GROUP BY ?person ?post ORDER BY ?person"""));
    }

    @Test
    void galvanGalvansPostIsOneStatementWithAtLeastThreeReferences() {
        List<String> rows = RealGraph.rows("""
            SELECT ?m (COUNT(DISTINCT ?ref) AS ?refs) (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?page) AS ?quoted) WHERE {
              ?m a org:Membership ; org:member person:guillermo-galvan-galvan ; usmx:post post:sedena-secretary ; usmx:reference ?ref .
              ?ref a usmx:Reference ; usmx:statedIn ?paper ; usmx:roleTitle ?role ; usmx:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?page .
            } GROUP BY ?m""");
        assertEquals(1, rows.size(), rows.toString());
        String[] cells = rows.get(0).split("\\|");
        assertEquals("guillermo-galvan-galvan-sedena-secretary", cells[0]);
        assertTrue(Integer.parseInt(cells[1]) >= 3 && Integer.parseInt(cells[2]) >= 3 && cells[1].equals(cells[3]),
            "references, papers, quoted references: " + rows);
        // the old per-mention IRIs stay, owl:sameAs the statement
        assertEquals("4", RealGraph.rows("""
            SELECT (COUNT(?old) AS ?n) WHERE { ?old owl:sameAs mship:guillermo-galvan-galvan-sedena-secretary }""").get(0));
    }

    @Test
    void everyHoldingIsOneStatementPerPersonAndPostWithItsPeriodAtItsPrecision() {
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?person ?post WHERE { ?m a org:Membership ; org:member ?person ; usmx:post ?post }
            GROUP BY ?person ?post HAVING (COUNT(DISTINCT ?m) > 1)"""), "holdings stated twice");
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?m WHERE { ?m a org:Membership . FILTER NOT EXISTS { ?m usmx:reference/usmx:quote ?q } }"""),
            "holdings without a quoted reference");
        // every date a reference states is an instant of its holding's period, with the same datatype
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?ref ?d WHERE {
              ?m usmx:reference ?ref . ?ref usmx:startDate|usmx:endDate|usmx:attestedDate ?d .
              FILTER NOT EXISTS {
                ?m org:memberDuring/(time:hasBeginning|time:hasEnd|time:inside)/(time:inXSDgYear|time:inXSDgYearMonth|time:inXSDDate) ?i .
                FILTER(STRSTARTS(STR(?i), STR(?d)))
              }
            }"""), "stated dates missing from the period");
        assertEquals(List.of("gYearMonth"), RealGraph.rows("""
            SELECT (REPLACE(STR(DATATYPE(?d)), ".*#", "") AS ?t) WHERE {
              mship:william-perry-us-secretary-of-defense org:memberDuring/time:hasEnd/time:inXSDgYearMonth ?d }"""));
    }

    @Test
    void everyConflictHasANatureAndNoTwoSidesThatAgreeConflict() {
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?c WHERE { ?c a usmx:Conflict . FILTER NOT EXISTS { ?c usmx:conflictNature ?n . ?n a usmx:ConflictNature } }"""),
            "conflicts without a nature");
        // sides of one position never conflict; every inferred conflict between sides crosses positions
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?a ?b WHERE { ?c usmx:position ?p . ?p usmx:positionSide ?a , ?b . FILTER(?a != ?b) ?a usmx:conflictsWith ?b }"""),
            "agreeing sides linked as conflicting");
        // sides that state the same value share one position: fact evidence by its object, quantities by value
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?c ?a ?b WHERE {
              ?c usmx:position ?pa , ?pb . FILTER(?pa != ?pb)
              ?pa usmx:positionSide ?a . ?pb usmx:positionSide ?b .
              { ?a rdf:object ?v . ?b rdf:object ?v } UNION { ?a a usmx:Quantity ; usmx:value ?v . ?b a usmx:Quantity ; usmx:value ?v }
            }"""), "sides with the same value in different positions");
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?c WHERE { ?c usmx:position ?pa , ?pb . FILTER(STR(?pa) < STR(?pb))
              ?pa usmx:positionValue ?v . ?pb usmx:positionValue ?v }"""), "two positions with one value");
        // the three-sided date conflict: 2006 and December 2006 agree, December 2007 is the other side
        assertEquals(List.of("2006-12|downie-2011-f049", "2006-12|downie-2011-f051", "2007-12|downie-2011-f050"), RealGraph.rows("""
            SELECT ?v ?s WHERE { conflict:downie-2011-calderon-took-office usmx:position ?p . ?p usmx:positionValue ?v ; usmx:positionSide ?s }
            ORDER BY ?v ?s"""));
        assertEquals(List.of("downie-2011-f050"), RealGraph.rows("""
            SELECT ?o WHERE { ev:downie-2011-f049 usmx:conflictsWith ?o } ORDER BY ?o"""));
    }

    @Test
    void theFalseConflictIsGoneAndMergedNodesKeepTheirOldIris() {
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?t WHERE { conflict:crosspaper-combatant-command-for-mexico a ?t }"""));
        assertFalse(RealGraph.rows("SELECT ?x WHERE { claim:deare-2009-c250 usmx:conflictsWith ?x }").contains("downie-2011-c073"));
        assertEquals(List.of("crosspaper-pri-years-in-power|4", "crosspaper-vega-garcia-name|2", "crosspaper-military-human-rights-record|2",
                "crosspaper-fox-record|2", "crosspaper-calderon-tasks-military-date|1").stream().sorted().toList(),
            RealGraph.rows("""
                SELECT ?c (COUNT(?old) AS ?n) WHERE { ?old owl:sameAs ?c . ?c a usmx:Conflict } GROUP BY ?c ORDER BY ?c"""));
        // one node per disagreement
        assertEquals(21, RealGraph.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a usmx:Conflict }"));
    }

    @Test
    void everyPassageQuotedFromANoteHasThePageOfItsNote() {
        long inNotes = RealGraph.count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?s usmx:evidence ?a . ?a usmx:inNote ?note . FILTER(?s != ?note) }");
        assertTrue(inNotes >= 75, "passages found inside notes: " + inNotes);
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?s ?page ?notePage WHERE {
              ?s usmx:evidence ?a . ?a usmx:inNote ?note . ?note usmx:page ?notePage .
              OPTIONAL { ?a usmx:page ?page }
              FILTER(!BOUND(?page) || ?page != ?notePage)
            }"""), "passages in notes without their note's page");
        // and the note found is the one whose text holds the passage
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?s WHERE {
              ?s usmx:evidence ?a . ?a usmx:inNote ?note ; oa:hasTarget/oa:hasSelector ?pos . ?pos oa:start ?st ; oa:end ?en .
              ?note usmx:evidence/oa:hasTarget/oa:hasSelector ?npos . ?npos oa:start ?nst ; oa:end ?nen .
              FILTER(?st < ?nst || ?en > ?nen)
            }"""));
        assertEquals(List.of("7|downie-2011-2"), RealGraph.rows("""
            SELECT ?page ?note WHERE { ev:downie-2011-r001 usmx:evidence ?a . ?a usmx:page ?page ; usmx:inNote ?note }"""));
    }

    @Test
    void theRenuartBakerArticleRepliesToDeareAsDownieStates() {
        assertEquals(List.of("downie-2011|is a response to Deare’s article."), RealGraph.rows("""
            SELECT ?paper ?tail WHERE {
              doc:renuart-2010-us-mexico-mil-mil-relations cito:repliesTo doc:deare-2009 .
              ?e rdf:subject doc:renuart-2010-us-mexico-mil-mil-relations ; rdf:predicate cito:repliesTo ; rdf:object doc:deare-2009 ;
                 usmx:statedIn ?paper ; usmx:quote ?q .
              BIND(STRAFTER(?q, "243, <http://www.ndu.edu/inss>) ") AS ?tail)
            }"""));
    }

    @Test
    void claimsAndTheirReasonsAndExamplesAreLinkedWithinOnePaper() {
        assertEquals(List.of("rodriguez-sumano-2007-c023", "rodriguez-sumano-2007-c024"), RealGraph.rows("""
            SELECT ?r WHERE { ?r usmx:reasonFor claim:rodriguez-sumano-2007-c022 } ORDER BY ?r"""));
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?a ?b WHERE { ?a usmx:reasonFor|usmx:exemplifies ?b . ?a usmx:statedIn ?pa . ?b usmx:statedIn ?pb . FILTER(?pa != ?pb) }"""),
            "a claim relation across papers");
        assertTrue(RealGraph.count("SELECT (COUNT(*) AS ?n) WHERE { ?a usmx:exemplifies ?b }") >= 15);
    }
}
