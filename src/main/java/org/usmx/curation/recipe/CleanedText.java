package org.usmx.curation.recipe;

import java.util.List;

/**
 * A canonical text with what cleaning learned about its layout.
 *
 * @param text      the cleaned text: UTF-8, LF line ends, paragraphs separated by one blank line,
 *                  footnote markers removed; notes follow the body as paragraphs "N text"
 * @param pages     page spans in text order (code-point offsets)
 * @param markers   where each note marker stood in the body (code-point offset)
 * @param handFixes what each step of the recipe did, in order, with its reason
 */
public record CleanedText(String text, List<PageSpan> pages, List<NoteMarker> markers, List<String> handFixes) {

    /** One printed page: [start, end) in code points; certainty "printed" or "inferred". */
    public record PageSpan(int page, int start, int end, String certainty) {}

    /** A note's marker position in the body text. */
    public record NoteMarker(int number, int offset) {}
}
