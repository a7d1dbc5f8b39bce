package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Escaping and the quote-in-paragraph helper. */
class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", Html.esc("<script>alert(\"x\")</script>"));
        assertEquals("Tom &amp; Jerry&#39;s", Html.esc("Tom & Jerry's"));
        assertEquals("", Html.esc(null));
        assertEquals("Calderón — “quoted”", Html.esc("Calderón — “quoted”"));
        assertEquals("&amp;amp;", Html.esc("&amp;"));
    }

    @Test
    void linksEscapeHrefAndTextAndRefuseScriptUrls() {
        assertEquals("<a href=\"/search?q=a&amp;b\">a &lt;b&gt;</a>", Html.a("/search?q=a&b", "a <b>"));
        assertEquals("x", Html.a("javascript:alert(1)", "x"));
        assertEquals("<a href=\"https://example.org/&quot;onmouseover=&quot;x\">t</a>", Html.a("https://example.org/\"onmouseover=\"x", "t"));
        assertEquals("t", Html.a(null, "t"));
    }

    @Test
    void passageHighlightsTheQuoteInItsParagraphByCodePoints() {
        String text = "Title\n\nFirst 𝔸 sentence. Second <b> sentence.\n\nNext paragraph.";
        int start = text.codePointCount(0, text.indexOf("Second"));
        int end = start + "Second <b> sentence.".length();
        Passage p = Passage.around(text, start, end);
        assertEquals("First 𝔸 sentence. ", p.before());
        assertEquals("Second <b> sentence.", p.quote());
        assertEquals("", p.after());
        assertEquals("First 𝔸 sentence. <mark>Second &lt;b&gt; sentence.</mark>", p.html());
        Passage first = Passage.around(text, 0, 5);
        assertEquals("Title", first.quote());
        assertEquals("", first.before());
        Passage clamped = Passage.around(text, 1000, 2000);
        assertEquals("", clamped.quote());
        assertFalse(clamped.html().contains("<b>"));
        assertTrue(Passage.around("one\n\ntwo three", 5, 8).after().equals(" three"));
    }
}
