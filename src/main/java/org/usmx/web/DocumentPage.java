package org.usmx.web;

import org.usmx.readmodel.DescriptionView;

import static org.usmx.web.Html.a;
import static org.usmx.web.Html.esc;

import java.util.List;
import java.util.Map;

import org.usmx.linkeddata.LocalPaths;

/** A source paper: its metadata (facts), sections, the claims it makes in text order, and its notes. */
final class DocumentPage {

    private DocumentPage() {}

    static String render(DescriptionView v, PageData data) {
        String base = v.idBase;
        StringBuilder b = new StringBuilder(EntityPage.header(v));
        String id = v.iri.substring(v.iri.lastIndexOf('/') + 1);
        b.append("<p>").append(a("/read/" + id, "Read the text with its claims in place")).append(" · ")
            .append(a("/api/sources/" + id, "Canonical text with claim spans (JSON)")).append(" · ")
            .append(a("/api/claims?source=" + v.iri, "claims (JSON)")).append("</p>\n");
        b.append(EntityPage.facts(v, data.factEvidence(v.iri)));

        List<Map<String, String>> sections = data.documentSections(v.iri);
        if (!sections.isEmpty()) {
            b.append("<h2 id=\"sections\">Sections</h2>\n<ol>\n");
            for (Map<String, String> s : sections) {
                b.append("<li>").append(a(LocalPaths.page(s.get("section"), base), s.getOrDefault("title", s.get("section")))).append("</li>\n");
            }
            b.append("</ol>\n");
        }

        List<Map<String, String>> claims = data.documentClaims(v.iri);
        b.append("<h2 id=\"claims\">Claims (").append(countDistinct(claims, "claim")).append(")</h2>\n<ul class=\"plain\">\n");
        String last = null;
        for (Map<String, String> c : claims) {
            if (c.get("claim").equals(last)) continue;
            last = c.get("claim");
            b.append("<li>").append(a(LocalPaths.page(c.get("claim"), base), c.getOrDefault("label", c.get("claim"))));
            if (c.containsKey("typeLabel")) b.append(" <span class=\"tag\">").append(esc(c.get("typeLabel"))).append("</span>");
            if (c.containsKey("quote")) b.append("<blockquote>“").append(esc(c.get("quote"))).append("”</blockquote>");
            if (c.containsKey("page")) b.append("<div class=\"src\">p. ").append(esc(c.get("page"))).append("</div>");
            b.append("</li>\n");
        }
        b.append("</ul>\n");

        List<Map<String, String>> notes = data.documentNotes(v.iri);
        if (!notes.isEmpty()) {
            b.append("<h2 id=\"notes\">Notes (").append(notes.size()).append(")</h2>\n<ol class=\"plain\">\n");
            for (Map<String, String> n : notes) {
                b.append("<li id=\"note-").append(esc(n.get("number"))).append("\">")
                    .append(a(LocalPaths.page(n.get("note"), base), n.get("number"))).append(". ").append(esc(n.get("text"))).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        return Layout.page(v.label(v.node), b.toString());
    }

    private static long countDistinct(List<Map<String, String>> rows, String key) {
        return rows.stream().map(r -> r.get(key)).distinct().count();
    }
}
