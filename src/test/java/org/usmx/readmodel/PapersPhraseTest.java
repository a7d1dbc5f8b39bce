package org.usmx.readmodel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which papers use a spelling: whole phrases only, as the alias lists on entity pages show them. */
class PapersPhraseTest {

    @Test
    void aPhraseCountsOnlyBetweenWordBoundaries() {
        assertTrue(Papers.containsPhrase("the SEDENA said", "SEDENA"));
        assertTrue(Papers.containsPhrase("SEDENA", "SEDENA"));
        assertTrue(Papers.containsPhrase("(SEDENA).", "SEDENA"));
        assertFalse(Papers.containsPhrase("the SEDENAS said", "SEDENA"), "a longer word");
        assertFalse(Papers.containsPhrase("XSEDENA", "SEDENA"));
        assertFalse(Papers.containsPhrase("SEDENA2", "SEDENA"), "a digit continues the word");
        assertFalse(Papers.containsPhrase("SEDENA¹", "SEDENA"), "a superscript number continues it too, as \\p{N} does");
        assertTrue(Papers.containsPhrase("SEDENAS and SEDENA", "SEDENA"), "a later occurrence is found");
        assertTrue(Papers.containsPhrase("Secretaría de la Defensa Nacional,", "Secretaría de la Defensa Nacional"));
        assertFalse(Papers.containsPhrase("Defensa Nacionales", "Defensa Nacional"));
        assertFalse(Papers.containsPhrase("anything", ""));
    }
}
