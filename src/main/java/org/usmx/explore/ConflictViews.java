package org.usmx.explore;

import java.util.List;

import org.usmx.web.PageMeta;

/** The read models of conflicts: each side as value, quote, page and paper, never a raw id. */
public final class ConflictViews {

    private ConflictViews() {}

    public record Link(String href, String label) {}

    /** One side: which paper says what (value), in which words (quote) and where (page); href is the side's own page. */
    public record Side(String paperId, String paper, String paperHref, String kind, String value, String quote, Integer page, String href) {}

    /** kind is the local name (DateConflict), kindLabel its reader name ("date conflict"). */
    public record Conflict(String slug, String href, String entityHref, String kind, String kindLabel, String topic, String note,
                           List<Link> about, List<Side> sides, List<String> papers) {

        public boolean betweenPapers() {
            return papers.size() > 1;
        }
    }

    public record Kind(String kind, String label, int count) {}

    /** The index page: conflicts after the filters, the kinds and papers to filter by, and the comparison table. */
    public record IndexView(PageMeta meta, List<Conflict> conflicts, int total, List<Kind> kinds, List<Papers.Paper> papers,
                            String kind, String paper, TopicComparison.Table comparison, ExploreViews.Window window) {}

    public record ConflictPage(PageMeta meta, Conflict conflict) {}
}
