package org.usmx.curation.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deare 2009: the recipe restores reading order and reproduces the committed canonical text. */
class DeareRecipeTest extends PaperTextContract {

    @Override
    String paper() {
        return "deare-2009";
    }

    private int cpOf(String needle) {
        String t = text();
        int i = t.indexOf(needle);
        assertTrue(i >= 0, needle);
        assertEquals(-1, t.indexOf(needle, i + 1), "not unique: " + needle);
        return cp(t, i);
    }

    @Test
    void thirtyOneEndnoteMarkersInOrderAtTheirWords() {
        List<CleanedText.NoteMarker> markers = cleaned().markers();
        assertEquals(31, markers.size());
        int last = -1;
        for (int i = 0; i < markers.size(); i++) {
            assertEquals(i + 1, markers.get(i).number());
            assertTrue(markers.get(i).offset() > last);
            last = markers.get(i).offset();
        }
        String t = text();
        assertMarkerAfter(1, "violence related primarily to drug trafficking organizations (DTOs)", " and speculation");
        assertMarkerAfter(2, "Mexico is on the verge of becoming a “failed state.”", "\n\nThe U.S.-Mexico bilateral");
        assertMarkerAfter(10, "to the Mexican air force under excess defense articles", " authority to provide");
        assertMarkerAfter(11, "the proscription of threat or use of force in international relations.”", " As Mexico’s military");
        assertMarkerAfter(20, "to avoid making some of the mistakes made by others.", "\n\nFor reasons particular");
        assertMarkerAfter(21, "sending a dozen UH–60 Black Hawks to Mexico to support the government is, unfortunately, remote.", "\n\nU.S. Obstacles");
        assertMarkerAfter(22, "to coordinate defense support of civil authorities.”", " Less understandable");
        assertMarkerAfter(23, "to defend, protect, and secure the United States and its interests,”", " rather than to USSOUTHCOM");
        assertMarkerAfter(24, "but most likely not in its expeditionary nature.", " In contrast, Mexico");
        assertMarkerAfter(25, "in the fiscal year 2008 Supplemental Appropriations Act,", " and of that amount");
        assertMarkerAfter(31, "as described in the Project on National Security Reform,", " staffed with representatives");
        assertTrue(t.contains("approximately 0.4 percent of national gross domestic product"));
        assertTrue(t.contains("the $1.4 billion of the Mérida Initiative"));
        assertTrue(t.contains("Plan Colombia spent approximately $6.3 billion over 7 years"));
    }

    private void assertMarkerAfter(int number, String before, String after) {
        String t = text();
        int end = t.indexOf(before) + before.length();
        assertTrue(end >= before.length(), before);
        assertEquals(cp(t, end), cleaned().markers().get(number - 1).offset(), "marker " + number);
        assertTrue(t.startsWith(after, end), "after marker " + number);
    }

    @Test
    void noMarkersFurnitureOrHyphenationArtefactsRemain() {
        String t = text();
        assertFalse(Pattern.compile("(?<=[\\p{L}.,”’);])(?<!\\d[.,])\\d{1,2}(?=\\s|$)").matcher(t).find(), "endnote marker left");
        assertFalse(Pattern.compile("\\p{L}- \\p{Ll}").matcher(t).find(), "broken hyphenation left");
        assertFalse(Pattern.compile("\\p{Ll}-\\p{Ll}").matcher(t.replaceAll(
            "nation-state|two-thirds|present-day|first-ever|high-level|senior-level|non-intervention|civil-military|"
            + "military-to-military|service-to-service|advise-and-assist|executive-legislative|Mexico-unique|drug-related|"
            + "half-truths|gut-level|long-term|market-based|form-over-substance|whole-of-government|top-level", "")).find(),
            "unexpected lower-case compound (a hyphenation join to check)");
        assertFalse(t.contains("  "), "double space");
        for (String furniture : List.of("Report Documentation Page", "OMB No.", "Standard Form 298", "Strategic Forum",
                "Global Strategic Assessment", "from the Introduction", "the officer corps of the Mexican army",
                "the major transformative 1995", "Notes")) {
            assertFalse(t.contains(furniture), furniture);
        }
    }

    @Test
    void readingOrderIsRestored() {
        String t = text();
        assertTrue(t.startsWith("The United States and Mexico share a history that was shaped in the 19th century"));
        assertTrue(t.contains("find ways in which to cooperate constructively.\n\nThe U.S. national security community has begun"));
        assertTrue(t.contains("violence related primarily to drug trafficking organizations (DTOs) and speculation regarding"));
        assertTrue(t.contains("rich and dense across a broad swath of the government and private sector, but for reasons peculiar"));
        assertTrue(t.contains("and the “connections” between them are incongruent. They both conceive of"));
        assertTrue(t.contains("(often referred to in Mexico as the Second U.S. Intervention)"));
        assertTrue(t.contains("have deeply ingrained into their professional ethos"));
        assertTrue(t.contains("plans for the defense of Mexico and adjacent areas of the United States, and to propose"));
        assertTrue(t.contains("expectations were raised on both sides of the border for improved bilateral relations."));
        assertTrue(t.contains("the establishment of USNORTHCOM, another regional combatant command in the Pentagon’s Unified Command Plan"));
        assertTrue(t.contains("main mission was (and remains) the internal defense of the national territory"));
        assertTrue(t.contains("use of force in international relations.” As Mexico’s military evolved"));
        assertTrue(t.contains("operations more effectively is small. Nonetheless"));
        assertTrue(t.contains("at that time, the current lack of a unified defense ministry"));
        assertTrue(t.contains("an even greater political role; however, if the military is going to be successful"));
        assertTrue(t.contains("neither Defensa nor Marina is in a hurry to fall under civilian leadership"));
        assertTrue(t.contains("Nationalists of all political stripes (including the PAN)"));
        assertTrue(t.contains("was given to a command whose mission “anticipates and conducts Homeland Defense"));
        assertTrue(t.contains("against the cartels and organized crime seems largely unrelated"));
        assertTrue(t.contains("develop doctrine to confront the DTOs and other armed criminal elements. Learning from"));
        assertTrue(t.contains("antipathies toward the other, based on certain elements of perceptions"));
        assertTrue(t.contains("to advice and assistance across a broad range of operational activities."));
        assertTrue(t.contains("no doubt similar qualitative improvements could be achieved"));
        assertTrue(t.contains("Whether Mexico adopts a Colombian or Chilean model"));
        assertTrue(t.contains("the growing strength of illegal and illegitimate actors"));
        assertTrue(t.contains("perceives that DOD is sincere in collaborating effectively"));
        assertTrue(t.contains("with no one effectively in charge. Although both USNORTHCOM"));
        assertTrue(t.endsWith("advance to better and more mutually satisfactory relations.\n"));
    }

    @Test
    void repairedWordsReadAsExpected() {
        String t = text();
        assertTrue(t.contains("in an advise-and-assist role"));
        assertTrue(t.contains("the solid PRI executive-legislative bloc"));
        assertTrue(t.contains("executed in drug-related violence in Mexico."));
        assertTrue(t.contains("another form-over-substance exercise."));
        assertTrue(t.contains("that U.S. policymakers become aware of the “crisis.”"));
        assertTrue(t.contains("virtually every Mexican schoolchild is taught"));
        assertTrue(t.contains("the Mexican Secretary of National Defense has four U.S. counterparts—the Secretary of Defense"));
        assertTrue(t.contains("Commandant of the Marine Corps—further complicates"));
        assertTrue(t.contains("continued and deepened “militarization” of public security"));
        assertTrue(t.contains("\n\n■ no presence of foreign troops on national territory (requires senate approval).\n\n"));
        // kept as printed
        assertTrue(t.contains("Heróico Colegio Militar"));
        assertTrue(t.contains("Partido Accion Nacional"));
        assertTrue(t.contains("each country has different realties"));
    }

    @Test
    void headingsAreParagraphsOfTheirOwn() {
        List<String> paragraphs = List.of(text().strip().split("\n\n"));
        for (String h : List.of("Brief History", "The Post-9/11 Environment", "Structural Challenges",
                "Mexican Obstacles to Cooperation.", "U.S. Obstacles to Cooperation.", "An Incompatible Interface",
                "Issues for Consideration")) {
            assertTrue(paragraphs.contains(h), h);
        }
        assertTrue(paragraphs.contains("Mexico has five significant obstacles to overcome to improve links with its U.S. counterparts:"
            + " the continued existence of two service secretaries rather than a unified defense ministry; inadequate budgeting"
            + " for the military realities of the country; lack of properly trained civilian leaders to exercise effective policy"
            + " control over the two secretariats; widespread mistrust of the armed forces by other federal agencies; and"
            + " domestic political realities."));
        assertTrue(text().contains("\n\nOn this side of the border, basic constraints must be addressed"));
    }

    @Test
    void pageSpansOrderedDisjointAndWhereTheLayoutPutsThem() {
        List<CleanedText.PageSpan> pages = cleaned().pages();
        assertEquals(3, pages.size());
        int last = 0;
        for (int i = 0; i < pages.size(); i++) {
            CleanedText.PageSpan p = pages.get(i);
            assertEquals(i + 1, p.page());
            assertTrue(p.start() >= last && p.end() > p.start());
            last = p.end();
        }
        assertEquals(0, pages.get(0).start());
        assertEquals(List.of("inferred", "printed", "inferred"), pages.stream().map(CleanedText.PageSpan::certainty).toList());
        assertEquals(cpOf("between them are incongruent."), pages.get(1).start());
        assertEquals(cpOf("areas of the United States, and to propose"), pages.get(2).start());
        assertEquals(cpOf("both sides of the border for improved bilateral relations."), pages.get(2).end());
        // Downie 2011 cites "Deare, p. 2" and "Deare, p. 3" for these passages
        int p2 = cpOf("unpleasant at best, unthinkable for some.");
        assertTrue(p2 >= pages.get(1).start() && p2 < pages.get(1).end());
        int p3 = cpOf("These cases demonstrate that when the Mexican government perceives a threat to its security");
        assertTrue(p3 >= pages.get(2).start() && p3 < pages.get(2).end());
    }

}
