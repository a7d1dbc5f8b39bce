package org.usmx.web;

import java.util.List;

/** The home page: the papers the graph is curated from, and where to start. */
public record HomeView(PageMeta meta, List<Paper> papers) {

    /** One source paper with its counts; {@code href} is its page. */
    public record Paper(String href, String title, String author, String issued, String claims, String notes) {

        /** "478 claims, 1 note": counts as a reader says them. */
        public String counts() {
            return Words.count(claims, "claim") + ", " + Words.count(notes, "note");
        }
    }
}
