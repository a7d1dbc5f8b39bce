package org.usmx.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quote-in-paragraph helper of claim pages: offsets in code points, paragraphs split at blank lines. */
class PassageTest {

    @Test
    void passageFindsTheQuoteInItsParagraphByCodePoints() {
        String text = "Title\n\nFirst 𝔸 sentence. Second <b> sentence.\n\nNext paragraph.";
        int start = text.codePointCount(0, text.indexOf("Second"));
        int end = start + "Second <b> sentence.".length();
        Passage p = Passage.around(text, start, end);
        assertEquals("First 𝔸 sentence. ", p.before());
        assertEquals("Second <b> sentence.", p.quote());
        assertEquals("", p.after());
        Passage first = Passage.around(text, 0, 5);
        assertEquals("Title", first.quote());
        assertEquals("", first.before());
        Passage clamped = Passage.around(text, 1000, 2000);
        assertEquals("", clamped.quote());
        assertEquals("", clamped.after());
        assertTrue(Passage.around("one\n\ntwo three", 5, 8).after().equals(" three"));
    }
}
