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

/** Arzt 2009: the recipe reproduces the committed canonical text from the raw extraction. */
class ArztRecipeTest extends PaperTextContract {

    @Override
    String paper() {
        return "arzt-2009";
    }

    @Test
    void theOneNoteMarkerStandsAfterItsSentence() {
        assertEquals(List.of(new CleanedText.NoteMarker(1, 7680)), cleaned().markers());
        String t = text();
        String sentence = "all of which fuel the escalating violence in the region and in our communities.";
        int end = t.indexOf(sentence) + sentence.length();
        assertEquals(cp(t, end), cleaned().markers().get(0).offset());
        assertTrue(t.startsWith(" Ten years have passed", end));
    }

    @Test
    void noMarkersMarkupOrHyphenationArtefactsRemain() {
        String t = text();
        assertFalse(Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]").matcher(t).find(), "superscript marker left");
        assertFalse(t.contains("^{"), "superscript markup left");
        assertFalse(t.contains("\\"), "backslash escape left");
        assertFalse(Pattern.compile("\\p{L}- \\p{Ll}").matcher(t).find(), "broken hyphenation left");
        assertFalse(t.contains("informationsharing"));
        assertFalse(t.contains("middleclass"));
        assertFalse(t.contains("  "), "double space");
    }

    @Test
    void repairedPassagesReadAsExpected() {
        String t = text();
        assertTrue(t.startsWith("U.S.-Mexico National Security Cooperation against Organized Crime: The Road Ahead\n\n"
                + "Sigrid Arzt Public Policy Scholar Woodrow Wilson International Center for Scholars September 2009\n\n"));
        assertTrue(t.contains("The Secretary had the opportunity to visit the Northern Command and see first hand what our Mexican liaisons are learning."));
        assertTrue(t.contains("Consolidating information-sharing, building up cases,"));
        assertTrue(t.contains("and middle-class suburban kids winding up in hospital emergency rooms."));
        assertTrue(t.contains("The US$100 million installment of U.S. drug-fighting aid to Mexico was held up"));
        assertTrue(t.contains("our bilateral relationship in the 21st century.\n\nNotes\n\n"));
        assertTrue(t.endsWith("\n\nNotes\n\n1 National Southwest Border Counternarcotics Strategy, ONDCP. June 2009. p.29.\n"));
        // kept as printed: accents, the heading's "U.S.- Mexico", straight quotes
        assertTrue(t.contains("\nU.S.- Mexico Cooperation\n"));
        assertTrue(t.contains("General Guillermo Galván Galván"));
        assertTrue(t.contains("U.S. \"Border Czar\" Alan Bersin"));
        assertEquals(1, t.split("\nNotes\n", -1).length - 1);
    }

    @Test
    void headingsAreParagraphsOfTheirOwn() {
        List<String> paragraphs = List.of(text().split("\n\n"));
        for (String h : List.of("U.S.- Mexico Cooperation", "Organized Crime Breeds Local Crime",
                "The U.S. Challenge: Gun Control", "U.S.-Mexico Military Relations", "Post-Mérida", "Notes")) {
            assertTrue(paragraphs.contains(h), h);
        }
    }

    @Test
    void noPageSpansAreRecorded() {
        // the extraction prints no page numbers, so the recipe must not invent page spans
        assertEquals(List.of(), cleaned().pages());
    }

}
