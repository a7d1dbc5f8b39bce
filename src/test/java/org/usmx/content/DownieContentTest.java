package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;

/** What issue 5 asks of the Downie 2011 paper, checked on the curated graph. */
class DownieContentTest {

    @Test
    void everyFootnoteFromOneToFiftyFourExistsOnceWithItsText() {
        List<String> rows = RealGraph.rows("""
            SELECT ?k (COUNT(DISTINCT ?note) AS ?notes) (COUNT(DISTINCT ?text) AS ?texts) WHERE {
              ?note usmx:noteOf doc:downie-2011 ; usmx:noteNumber ?k . OPTIONAL { ?note usmx:noteText ?text }
            } GROUP BY ?k ORDER BY ?k""");
        List<String> expected = IntStream.rangeClosed(1, 54).mapToObj(k -> k + "|1|1").toList();
        assertEquals(expected, rows);
    }

    @Test
    void everyFootnoteThatNamesAWorkCitesItAndEveryCitedWorkHasATitle() {
        assertEquals(List.of(), RealGraph.rows("""
            SELECT ?work WHERE { ?note usmx:noteOf doc:downie-2011 ; cito:cites ?work . FILTER NOT EXISTS { ?work dcterms:title ?t } }
            ORDER BY ?work"""), "cited works without a title");
        long citing = RealGraph.count("SELECT (COUNT(DISTINCT ?note) AS ?n) WHERE { ?note usmx:noteOf doc:downie-2011 ; cito:cites ?w }");
        long works = RealGraph.count("SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?note usmx:noteOf doc:downie-2011 ; cito:cites ?w }");
        assertTrue(citing >= 40 && works >= 30, "notes citing a work: " + citing + ", distinct works: " + works);
        assertEquals(List.of("deare-2009"), RealGraph.rows("""
            SELECT DISTINCT ?paper WHERE { ?note usmx:noteOf doc:downie-2011 ; cito:cites ?paper . ?paper a usmx:SourcePaper }
            ORDER BY ?paper""").stream().filter(p -> p.equals("deare-2009")).toList(),
            "Downie's notes cite Deare's Strategic Forum as the same node as the source paper");
    }

    @Test
    void allFourOptionsAreScenariosWithConditionsAndConsequences() {
        List<String> rows = RealGraph.rows("""
            SELECT ?label (COUNT(DISTINCT ?consequence) AS ?n) WHERE {
              ?option a usmx:ScenarioClaim ; usmx:statedIn doc:downie-2011 ; usmx:optionLabel ?label ; usmx:condition ?c ;
                      usmx:consequence ?consequence .
              FILTER(?label IN ("Option A", "Option B", "Option C", "Option D"))
            } GROUP BY ?label ORDER BY ?label""");
        assertEquals(List.of("Option A", "Option B", "Option C", "Option D"), rows.stream().map(r -> r.split("\\|")[0]).toList());
        rows.forEach(r -> assertTrue(Integer.parseInt(r.split("\\|")[1]) >= 3, "an option with fewer than 3 consequences: " + r));
    }

    @Test
    void theFiveHeadedRecommendationsArePresent() {
        List<String> quotes = RealGraph.rows("""
            SELECT ?quote WHERE { ?r a usmx:Recommendation ; usmx:statedIn doc:downie-2011 ; usmx:quote ?quote } ORDER BY ?quote""");
        for (String heading : List.of("Demonstrate Success during a Rapidly Closing",
                "Facilitate Strategies and Actions That Offer Continuity",
                "Expand and Institutionalize Existing US/Mexico Defense Linkages",
                "Coordinate a Comprehensive US Strategy",
                "Identify Realistically Attainable Objectives")) {
            assertTrue(quotes.stream().anyMatch(q -> q.contains(heading)), "no recommendation quoting: " + heading);
        }
    }

    @Test
    void peopleOrganizationsAndEventsAreRichEnough() {
        long people = RealGraph.count("""
            SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?c usmx:statedIn doc:downie-2011 ; usmx:about ?p . ?p a usmx:Person }""");
        long orgs = RealGraph.count("""
            SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?c usmx:statedIn doc:downie-2011 ; usmx:about ?o . ?o a org:Organization }""");
        long events = RealGraph.count("""
            SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH graph:downie-2011 { ?e usmx:date ?d } ?e a usmx:Event }""");
        assertTrue(people >= 25 && orgs >= 30 && events >= 15, "people " + people + ", organizations " + orgs + ", dated events " + events);
    }
}
