package org.usmx.readmodel;

import java.util.List;

/**
 * A source paper's page: its entity view (header, metadata statements, citation), the sections
 * in reading order each with its claims, the page spans in numeric order, and the notes with the
 * works they cite.
 */
public record PaperView(EntityView entity, String readerHref, int claimCount, List<Section> sections,
                        List<PageSpan> pages, List<Note> notes) {

    /** A section in reading order; {@code depth} 0 for a top-level section. */
    public record Section(Link link, int depth, List<Claim> claims) {}

    /** A claim in text order: link, type, page. */
    public record Claim(Link link, String type, String page) {}

    public record PageSpan(Link link, String page, String certainty) {}

    public record Note(Link link, String number, String text, String page, List<Link> cites) {}
}
