package org.usmx.curation;

import java.util.ArrayList;
import java.util.List;

/**
 * A canonical text with its layout: where each page lies and where note markers stood.
 * Offsets are Unicode code points, as the Web Annotation model counts them.
 */
public final class SourceText {

    /** A page span [start, end) and the IRI of its node. */
    public record Page(int number, int start, int end, String iri) {}

    /** A note and the offset its marker stood at. */
    public record Marker(String noteIri, int offset) {}

    /** Where a note's own text is printed [start, end), and where its marker stood (the note's page). */
    public record NoteText(String noteIri, int start, int end, int markerOffset) {}

    /** A titled section starting at an offset. */
    public record SectionStart(String sectionIri, int offset) {}

    private final String documentIri;
    private final String text;
    private final int[] utf16ToCodePoint;
    private final List<Page> pages = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<NoteText> noteTexts = new ArrayList<>();

    public SourceText(String documentIri, String text) {
        this.documentIri = documentIri;
        this.text = text;
        this.utf16ToCodePoint = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            utf16ToCodePoint[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i))) cp++;
        }
        utf16ToCodePoint[text.length()] = cp;
    }

    public String documentIri() { return documentIri; }

    public String text() { return text; }

    public List<Page> pages() { return pages; }

    public List<Marker> markers() { return markers; }

    public void addPage(Page p) { pages.add(p); }

    public void addMarker(Marker m) { markers.add(m); }

    public List<NoteText> noteTexts() { return noteTexts; }

    public void addNoteText(NoteText n) { noteTexts.add(n); }

    /** The note whose printed text holds [start, end) (code points), if any. */
    public java.util.Optional<NoteText> noteHolding(int start, int end) {
        return noteTexts.stream().filter(n -> n.start() <= start && end <= n.end()).findFirst();
    }

    /** Code-point offset of a UTF-16 index. */
    public int codePoint(int utf16Index) { return utf16ToCodePoint[utf16Index]; }

    /** UTF-16 indexes of every occurrence of the quote. */
    public List<Integer> occurrences(String quote) {
        List<Integer> found = new ArrayList<>();
        if (quote.isEmpty()) return found;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.add(i);
        return found;
    }

    /** Pages overlapping [start, end) in code points, in order. */
    public List<Page> pagesOf(int start, int end) {
        return pages.stream().filter(p -> p.start() < Math.max(end, start + 1) && p.end() > start).toList();
    }
}
