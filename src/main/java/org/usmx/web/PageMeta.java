package org.usmx.web;

/**
 * What the layout needs to know about a page: its title, which site section it belongs to (the
 * navigation marks it), a one-line description for the head, and the scripts it loads
 * (paths under static/, e.g. "query.js"; never inline, the CSP forbids it).
 */
public record PageMeta(String title, Section section, String description, java.util.List<String> scripts, java.util.List<String> stylesheets) {

    /** The site navigation, in order. */
    public enum Section {
        HOME("Home", "/"), QUERY("Query", "/query"), BROWSE("Browse", "/browse"), EXPLORE("Explore", "/explore"),
        CONFLICTS("Conflicts", "/conflicts"), ONTOLOGY("Ontology", "/ontology"), NONE("", "");

        public final String label;
        public final String href;

        Section(String label, String href) {
            this.label = label;
            this.href = href;
        }

        public static java.util.List<Section> nav() {
            return java.util.Arrays.stream(values()).filter(s -> s != NONE).toList();
        }
    }

    public PageMeta {
        scripts = java.util.List.copyOf(scripts);
        stylesheets = java.util.List.copyOf(stylesheets);
    }

    public static PageMeta of(String title, Section section) {
        return new PageMeta(title, section, "", java.util.List.of(), java.util.List.of());
    }

    public PageMeta withDescription(String text) {
        return new PageMeta(title, section, text, scripts, stylesheets);
    }

    /** Adds a script (path under static/), loaded with defer at the end of the head. */
    public PageMeta withScript(String path) {
        var s = new java.util.ArrayList<>(scripts);
        s.add(path);
        return new PageMeta(title, section, description, s, stylesheets);
    }

    /** Adds a stylesheet (path under static/) after the site's own. */
    public PageMeta withStylesheet(String path) {
        var s = new java.util.ArrayList<>(stylesheets);
        s.add(path);
        return new PageMeta(title, section, description, scripts, s);
    }
}
