package org.usmx.web;

/**
 * The site frame for the pages still rendered by string building (claim, ontology, shapes, named
 * graph, not found): their body, already escaped piece by piece through {@link Html#esc}, goes
 * into the same JTE layout as every other page. New pages are JTE templates (docs/architecture.md).
 */
public final class Layout {

    private Layout() {}

    /** A whole page; {@code title} is escaped by the template, {@code body} must already be safe HTML. */
    public static String page(String title, String body) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("meta", PageMeta.of(title, title.equals("Ontology") || title.startsWith("SHACL") ? PageMeta.Section.ONTOLOGY : PageMeta.Section.NONE));
        params.put("bodyHtml", body);
        return Templates.renderParams("layout/legacy.jte", params);
    }
}
