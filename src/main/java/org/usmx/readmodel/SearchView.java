package org.usmx.readmodel;

import java.util.List;

/**
 * One page of /search: the hits with their matched words marked, facets (kind, paper) with counts,
 * the true total after filtering, paging, and a suggestion when nothing matched.
 */
public record SearchView(String query, List<Hit> hits, long total, int page, int pageSize,
                         List<Facet> kinds, List<Facet> papers, String kind, String paper, String didYouMean,
                         boolean closeSpellingsOnly) {

    /** A hit: its page, kind name, label and snippet as runs of text, some marked as matches. */
    public record Hit(Link link, String kindLabel, List<Run> label, List<Run> snippet, String paper) {}

    /** A run of text; {@code marked} when it matched a searched word. */
    public record Run(String text, boolean marked) {}

    /** A facet value with its count and whether it is the one in force. */
    public record Facet(String value, String label, long count, boolean selected) {}

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The link to this search with another page or facet choice ({@code null} keeps none). */
    public String href(String withKind, String withPaper, int toPage) {
        StringBuilder b = new StringBuilder("/search?q=").append(enc(query));
        if (withKind != null) b.append("&kind=").append(enc(withKind));
        if (withPaper != null) b.append("&paper=").append(enc(withPaper));
        if (toPage > 1) b.append("&page=").append(toPage);
        return b.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
