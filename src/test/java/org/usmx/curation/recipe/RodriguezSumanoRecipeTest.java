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

/** Rodríguez Sumano 2007: the recipe reproduces the committed canonical text from the raw extraction. */
class RodriguezSumanoRecipeTest extends PaperTextContract {

    @Override
    String paper() {
        return "rodriguez-sumano-2007";
    }

    private static final String ID = "rodriguez-sumano-2007";

    private String body() {
        return text().substring(0, text().indexOf("\n\nNotes\n\n"));
    }

    @Test
    void theArchiveCoverSheetIsNotPartOfTheText() {
        String t = text();
        assertTrue(t.startsWith("Mexico's Insecurity in North America\n\nAbelardo Rodríguez Sumano\n\n"
                + "Instituto Tecnológico de Monterrey\n\nOctober 18, 2007\n\nINTRODUCTION\n\nThis paper will argue first that"));
        for (String cover : List.of("Calhoun", "Sumano Rodriquez", "Dudley Knox", "hdl.handle.net", "2007-10-18", "nps.edu")) {
            assertFalse(t.contains(cover), cover);
        }
        assertEquals(1, t.split("Mexico's Insecurity in North America", -1).length - 1);
    }

    @Test
    void fortyFiveMarkersInOrderEachAfterItsSentence() {
        List<CleanedText.NoteMarker> markers = cleaned().markers();
        assertEquals(45, markers.size());
        for (int i = 0; i < markers.size(); i++) assertEquals(i + 1, markers.get(i).number());
        String t = text();
        assertMarkerAfter(t, 1, "due to the lack of \"legitimacy\" in the new government.", " These circumstances");
        assertMarkerAfter(t, 4, "in coordination with cabinet members including:", "\n\nTheoretically");
        assertMarkerAfter(t, 16, "to drug cartels in 1997.", " In the end, those encounters");
        assertMarkerAfter(t, 21, "unilaterally [emphasis added] or in concert with allies.”", " The statement");
        assertMarkerAfter(t, 40, "since the establishment of the Joint U.S.-Mexico Commission of 1942.", " (At least in terms");
        assertMarkerAfter(t, 45, "after the three explosions in central Mexico.", " These dynamics");
        assertMarkersAscendBefore("\n\nNotes\n\n");
    }

    private void assertMarkerAfter(String t, int note, String before, String after) {
        int end = t.indexOf(before) + before.length();
        assertTrue(end >= before.length(), before);
        assertEquals(cp(t, end), cleaned().markers().get(note - 1).offset(), "marker " + note);
        assertTrue(t.startsWith(after, end), "marker " + note);
    }

    @Test
    void fortyFiveNotesAfterTheBody() {
        String t = text();
        String notes = t.substring(t.indexOf("\n\nNotes\n\n") + "\n\nNotes\n\n".length());
        String[] ps = notes.strip().split("\n\n");
        assertEquals(45, ps.length);
        for (int i = 0; i < ps.length; i++) assertTrue(ps[i].startsWith((i + 1) + " "), ps[i]);
        assertTrue(notes.startsWith("1 In fact, Andres Manuel López Obrador, the leftist candidate,"));
        assertTrue(notes.contains("\n\n19 Ibid., 1\n\n20 Perímetro de seguridad de América del Norte, Nota de Análisis, Grupo Coppan, Agosto 5, 2003\n\n"));
        assertTrue(notes.endsWith("\n\n45 “Alertó el Cisen sobre amenazas a la seguridad nacional: SG al Congreso,” La Jornada, September 21, 2007, 4.\n"));
        assertEquals(1, t.split("\nNotes\n", -1).length - 1);
    }

    @Test
    void noMarkersMarkupOrHyphenationArtefactsRemain() {
        String t = text();
        assertFalse(Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]").matcher(t).find(), "superscript marker left");
        assertFalse(t.contains("*"), "italics markup left");
        assertFalse(Pattern.compile("\\p{L}- \\p{Ll}").matcher(t).find(), "broken hyphenation left");
        assertFalse(t.contains("  "), "double space");
        assertFalse(t.contains("\u00a0"), "no-break space");
    }

    @Test
    void pageBreakSplitsAreRejoined() {
        String b = body();
        for (String joined : List.of(
                "to (1) redirect the relationship with the United States and (2) carry out the reform of the state and the national security apparatus.",
                "Furthermore, Castañeda experienced several problems within his own office in articulating a national response to the United States.",
                "combined with national security law, revealed Mexico's vulnerabilities.",
                "revealed one of the most important changes to the structure of the Department of Defense since 1946,",
                "to coordinate and safeguard the American interests.",
                "Mexico is now a more open society, government institutions are more open, and there are strong channels for expression and dissidence.",
                "in July and September 2007. Both governments have agreed that",
                "the security priorities of Calderon’s government, it is clear a more homogeneous",
                "a PhD in International Studies from the University of Miami, a master's in Foreign Service")) {
            assertTrue(b.contains(joined), joined);
        }
        // every body paragraph ends a sentence, except headings, byline lines and two quotation lead-ins
        for (String p : b.split("\n\n")) {
            boolean leadIn = p.endsWith("ready to assist because") || p.endsWith("the General added, where");
            boolean heading = p.equals(p.toUpperCase());
            boolean frontMatter = List.of("Mexico's Insecurity in North America", "Abelardo Rodríguez Sumano", "Instituto Tecnológico de Monterrey", "October 18, 2007").contains(p);
            assertTrue(leadIn || heading || frontMatter || Pattern.compile("[.:?!\"”)]$").matcher(p).find(), p);
        }
    }

    @Test
    void repairedPassagesReadAsExpected() {
        String t = text();
        assertTrue(t.contains("For example, in Fox a Los Pinos, un recuento autobiográfico, he does not present a strategy on security."));
        assertTrue(t.contains("Maintain and improve its capabilities to defend the United States and North America unilaterally [emphasis added] or in concert with allies."));
        assertTrue(t.contains("The Committee on Marine Affairs revealed through La Gaceta Parlamentaria that"));
        assertTrue(t.contains("\n\n5 Vicente Fox, Vicente Fox a los Pinos, Recuento Autobiográfico y Político (Océano, México, 1999) and Vicente Fox Propone (Ediciones 2000, S.A, de C.V. 2000).\n\n"));
        // kept as printed: accents, curly and straight quotes, dashes, angle brackets around URLs, slips
        assertTrue(t.contains("THE CALDERON ADMINISTRATION"));
        assertTrue(t.contains("Global War on Terror lead by Washington"));
        assertTrue(t.contains("Within the new government – the Commission of Order and Respect led by Adolfo Aguilar Zinser – the national security advisor"));
        assertTrue(t.contains("Once the international system was radically transformed by 9/11—as were U.S. priorities"));
        assertTrue(t.contains("<http://www.whitehouse.gov/news/releases/2001/09/20010905-2.html>."));
        assertTrue(t.contains("that Mexico was “the most important nation for U.S. foreign policy.” For President Fox"));
        assertTrue(t.contains("General Jesús Gutiérrez Rebollo"));
    }

    @Test
    void headingsAreParagraphsOfTheirOwn() {
        List<String> paragraphs = List.of(text().split("\n\n"));
        for (String h : List.of("INTRODUCTION", "BEYOND A DEMOCRATIC TRANSITION", "EXPLORING SOME EXPLANATIONS", "THE TRANSITION",
                "POST 9/11 CONSEQUENCES IN MEXICO", "MEXICO IN THE NEW PERIMETER SECURITY DISCUSSION",
                "MEXICO, SECURITY AND DEFENSE IN NORTH AMERICA", "THE CALDERON ADMINISTRATION", "CONCLUSION", "Notes",
                "October 18, 2007")) {
            assertTrue(paragraphs.contains(h), h);
        }
    }

}
