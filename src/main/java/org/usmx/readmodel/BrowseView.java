package org.usmx.readmodel;

import java.util.List;

/**
 * One page of /browse/{kind}: the rows (name, kind, claims, papers), the true total, the paging
 * position, the sort and paper filter in force, and the papers to filter by.
 */
public record BrowseView(Kind kind, List<Row> rows, long total, int page, int pageSize, String sort, Papers.Paper paper,
                         List<Papers.Paper> papers, List<KindCount> kinds) {

    /** The kinds that can be browsed: path name, heading, singular noun, the IRI namespace segment. */
    public enum Kind {
        PERSON("person", "People", "person", "person"), ORGANIZATION("organization", "Organizations", "organization", "org"),
        EVENT("event", "Events", "event", "event"), INITIATIVE("initiative", "Initiatives", "initiative", "initiative"),
        FACTOR("factor", "Factors", "factor", "factor"), DOCUMENT("document", "Documents", "document", "document");

        public final String path;
        public final String title;
        public final String noun;
        public final String segment;

        Kind(String path, String title, String noun, String segment) {
            this.path = path;
            this.title = title;
            this.noun = noun;
            this.segment = segment;
        }

        /** In JSON, a kind is its path name ("organization"). */
        @com.fasterxml.jackson.annotation.JsonValue
        public String path() {
            return path;
        }

        /** By its path name, or by the IRI segment entities of the kind have ("org" for organizations). */
        public static java.util.Optional<Kind> of(String path) {
            return java.util.Arrays.stream(values()).filter(k -> k.path.equals(path) || k.segment.equals(path)).findFirst();
        }
    }

    public record Row(Link entity, String kindLabel, long claims, long papers) {}

    public record KindCount(Kind kind, long count) {}

    /** The link to another page or sort of this listing, keeping the paper filter. */
    public String href(String sortBy, int toPage) {
        StringBuilder b = new StringBuilder("/browse/").append(kind.path).append("?sort=").append(sortBy);
        if (paper != null) b.append("&paper=").append(java.net.URLEncoder.encode(paper.iri().replaceAll(".*/", ""), java.nio.charset.StandardCharsets.UTF_8));
        if (toPage > 1) b.append("&page=").append(toPage);
        return b.toString();
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public long firstShown() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastShown() {
        return (long) (page - 1) * pageSize + rows.size();
    }
}
