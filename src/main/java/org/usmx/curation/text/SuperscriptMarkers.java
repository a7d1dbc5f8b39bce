package org.usmx.curation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Footnote markers printed as superscript digits ("…the TCOs.¹²"): takes them out of a text and
 * records, for each, the code-point offset where it stood, checking that they are numbered
 * 1…expected in text order. Shared by the cleaners whose extractions print such markers.
 */
final class SuperscriptMarkers {

    static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** The text without its markers, and the markers with their offsets into that text. */
    record Extracted(String text, List<CleanedText.NoteMarker> markers) {}

    private SuperscriptMarkers() {}

    /** Removes the superscript markers before {@code end} (UTF-16 index); none may stand after it. */
    static Extracted extract(String text, int end, int expected) {
        StringBuilder out = new StringBuilder();
        List<CleanedText.NoteMarker> markers = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (SUPERSCRIPTS.indexOf(c) >= 0) {
                if (i >= end) throw new IllegalStateException("superscript digit after the body, at " + i);
                int j = i;
                while (j < text.length() && SUPERSCRIPTS.indexOf(text.charAt(j)) >= 0) j++;
                markers.add(new CleanedText.NoteMarker(Integer.parseInt(digits(text.substring(i, j))), cp));
                i = j;
                continue;
            }
            out.appendCodePoint(c);
            cp++;
            i += Character.charCount(c);
        }
        if (markers.size() != expected) throw new IllegalStateException(markers.size() + " markers, expected " + expected);
        for (int i = 0; i < markers.size(); i++) {
            if (markers.get(i).number() != i + 1) throw new IllegalStateException("marker " + (i + 1) + " out of order: " + markers.get(i));
        }
        return new Extracted(out.toString(), List.copyOf(markers));
    }

    /** "¹²" → "12". */
    static String digits(String superscripts) {
        StringBuilder d = new StringBuilder();
        for (char c : superscripts.toCharArray()) d.append((char) ('0' + SUPERSCRIPTS.indexOf(c)));
        return d.toString();
    }
}
