package org.usmx.explore;

import java.util.List;

import org.usmx.web.PageMeta;

/**
 * A source paper read with its claims in place: the canonical text section by section, each
 * paragraph as runs of text where every claim covering a run is a mark (outermost first), the
 * footnote markers where they stand, and the notes with the works they cite.
 */
public record ReaderView(PageMeta meta, String paperNames, String paperId, String paperHref, String title, String author, String issued,
                         int claimCount, List<TypeCount> legend, List<Section> sections, List<Note> notes) {

    public record TypeCount(String type, String label, int count) {}

    /** level 2 for a section, 3 for a subsection; heading is the heading's own text as runs (a claim may quote it); front matter has none. */
    public record Section(String id, String title, int level, List<Run> heading, List<List<Run>> paragraphs) {}

    /** Either text (with the claims that cover it, outermost first) or a note marker (note != null). */
    public record Run(String text, List<Mark> marks, Integer note) {
        public boolean isMarker() { return note != null; }
    }

    /** One claim's highlight: its IRI (data-claim), page, CSS type and paraphrase. */
    public record Mark(String claim, String href, String type, String label) {}

    public record Note(int number, String text, List<Work> cites) {}

    public record Work(String href, String title, String author, String issued) {}
}
