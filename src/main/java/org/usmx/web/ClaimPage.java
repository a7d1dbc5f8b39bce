package org.usmx.web;

import org.usmx.readmodel.DescriptionView;

import static org.usmx.web.Html.a;
import static org.usmx.web.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.usmx.linkeddata.LocalPaths;

/**
 * A claim: type, paper, attribution, the quote highlighted in its paragraph of the canonical text,
 * page and section, supporting footnotes with their text and cited works, cause / effect /
 * polarity / modality, and the claims that agree or conflict with it (with their quotes).
 */
final class ClaimPage {

    private ClaimPage() {}

    @SuppressWarnings("unchecked")
    static String render(DescriptionView v, Map<String, Object> trace, Map<String, String> extra, Optional<String> text) {
        String base = v.idBase;
        StringBuilder b = new StringBuilder(EntityPage.header(v));
        Map<String, Object> ev = (Map<String, Object>) trace.get("evidence");
        Map<String, String> source = (Map<String, String>) ev.get("source");
        b.append("<table>\n");
        row(b, "Type", targets(trace, "type", base));
        row(b, "Stated in", a(LocalPaths.page(source.get("iri"), base), source.get("title").isEmpty() ? source.get("iri") : source.get("title"))
            + pages(ev));
        if (ev.get("section") instanceof Map<?, ?> section) {
            row(b, "Section", a(LocalPaths.page((String) section.get("iri"), base), (String) section.get("title")));
        }
        row(b, "Attributed to", targets(trace, "attributedTo", base)
            + (extra.containsKey("attributionNote") ? " <span class=\"muted\">(“" + esc(extra.get("attributionNote")) + "”)</span>" : ""));
        row(b, "About", targets(trace, "about", base));
        row(b, "Cause", targets(trace, "cause", base));
        row(b, "Effect", targets(trace, "effect", base));
        row(b, "Polarity", targets(trace, "polarity", base));
        row(b, "Modality", targets(trace, "modality", base));
        row(b, "Recommended to", targets(trace, "recommendedTo", base));
        row(b, "Option", esc(extra.get("optionLabel")));
        row(b, "Condition", esc(extra.get("condition")));
        row(b, "Consequence", targets(trace, "consequence", base));
        row(b, "Consequence of", targets(trace, "consequenceOf", base));
        row(b, "Elaborates", targets(trace, "elaborates", base));
        b.append("</table>\n");

        b.append("<h2 id=\"passage\">Passage</h2>\n");
        b.append("<blockquote class=\"quote\">“").append(esc((String) ev.get("quote"))).append("”</blockquote>\n");
        Integer start = (Integer) ev.get("start"), end = (Integer) ev.get("end");
        if (text.isPresent() && start != null && end != null) {
            b.append("<p class=\"src\">In its paragraph (").append(esc(extra.getOrDefault("text", ""))).append(", code points ")
                .append(start).append("–").append(end).append("):</p>\n<div class=\"passage\">")
                .append(Passage.around(text.get(), start, end).html()).append("</div>\n");
        }

        List<Map<String, Object>> notes = (List<Map<String, Object>>) trace.get("footnotes");
        if (!notes.isEmpty()) {
            b.append("<h2 id=\"footnotes\">Supporting footnotes</h2>\n<ul class=\"plain\">\n");
            for (Map<String, Object> n : notes) {
                b.append("<li>").append(a(LocalPaths.page((String) n.get("iri"), base), "Note " + n.get("number"))).append(": ")
                    .append(esc((String) n.get("text")));
                List<Map<String, String>> cites = (List<Map<String, String>>) n.get("cites");
                if (!cites.isEmpty()) {
                    b.append("<ul>");
                    for (Map<String, String> w : cites) b.append("<li>Cites ").append(work(w, base)).append("</li>");
                    b.append("</ul>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        related(b, "Agreeing claims", (List<Map<String, Object>>) trace.get("agreesWith"), base);
        related(b, "Conflicting claims", (List<Map<String, Object>>) trace.get("conflictsWith"), base);
        String incoming = EntityPage.incoming(v);
        // what links to a claim is mostly its own annotation records: behind a toggle
        if (!incoming.isEmpty()) b.append("<details class=\"bookkeeping\"><summary>Linked from (annotation and evidence records)</summary>\n")
            .append(incoming.replace("<h2 id=\"incoming\">Linked from</h2>\n", "")).append("</details>\n");
        return Layout.page(v.label(v.node), b.toString());
    }

    private static String pages(Map<String, Object> ev) {
        if (ev.get("page") == null) return "";
        return ", p. " + ev.get("page") + (ev.get("endPage") != null ? "–" + ev.get("endPage") : "");
    }

    static String work(Map<String, String> w, String base) {
        StringBuilder b = new StringBuilder();
        if (w.containsKey("author")) b.append(esc(w.get("author"))).append(", ");
        b.append("<cite>").append(a(LocalPaths.page(w.get("iri"), base), w.getOrDefault("title", w.get("iri")))).append("</cite>");
        if (w.containsKey("container")) b.append(", ").append(esc(w.get("container")));
        if (w.containsKey("publisher")) b.append(", ").append(esc(w.get("publisher")));
        if (w.containsKey("issued")) b.append(" (").append(esc(w.get("issued"))).append(")");
        if (w.containsKey("pages")) b.append(", ").append(esc(w.get("pages")));
        if (w.containsKey("url")) b.append(", ").append(esc(w.get("url")));
        if (w.containsKey("form")) b.append(" <span class=\"muted\">[as cited: ").append(esc(w.get("form"))).append("]</span>");
        return b.toString();
    }

    /** The trace's related claims; its values are typed (page is a number), so each is read as text. */
    private static void related(StringBuilder b, String title, List<Map<String, Object>> claims, String base) {
        if (claims.isEmpty()) return;
        b.append("<h2>").append(esc(title)).append("</h2>\n<ul class=\"plain\">\n");
        for (Map<String, Object> c : claims) {
            String iri = text(c, "iri");
            b.append("<li>").append(a(LocalPaths.page(iri, base), c.containsKey("label") ? text(c, "label") : iri));
            if (c.containsKey("quote")) b.append("<blockquote>“").append(esc(text(c, "quote"))).append("”</blockquote>");
            b.append("<div class=\"src\">").append(EntityPage.source(text(c, "paper"), null, text(c, "page"), base));
            if (c.containsKey("conflict")) {
                String conflict = text(c, "conflict");
                b.append(" · ").append(a(LocalPaths.page(conflict, base), "conflict: " + (c.containsKey("topic") ? text(c, "topic") : conflict)));
            }
            b.append("</div></li>\n");
        }
        b.append("</ul>\n");
    }

    private static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    private static String targets(Map<String, Object> trace, String role, String base) {
        if (!(trace.get(role) instanceof List<?> list) || list.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (Object o : list) {
            Map<String, String> t = (Map<String, String>) o;
            b.append(b.isEmpty() ? "" : ", ").append(a(LocalPaths.page(t.get("iri"), base), t.getOrDefault("label", DescriptionView.shortName(
                org.apache.jena.graph.NodeFactory.createURI(t.get("iri"))))));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String html) {
        if (html == null || html.isEmpty()) return;
        b.append("<tr><th>").append(esc(name)).append("</th><td>").append(html).append("</td></tr>\n");
    }
}
