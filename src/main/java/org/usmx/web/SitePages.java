package org.usmx.web;

import static org.usmx.web.Html.a;
import static org.usmx.web.Html.esc;

import java.util.List;
import java.util.Map;

import org.usmx.linkeddata.CloseMatches;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.search.SearchIndex;

/** The pages that are not about one resource: home, search results, not found, errors. */
public final class SitePages {

    private SitePages() {}

    static String search(String q, List<SearchIndex.Hit> hits, String idBase) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" size=\"40\" value=\"")
            .append(esc(q)).append("\"> <button>Search</button></form>\n");
        if (q.isBlank()) return Layout.page("Search", b.toString());
        b.append("<p>").append(hits.size()).append(" result").append(hits.size() == 1 ? "" : "s").append(" for <strong>")
            .append(esc(q)).append("</strong>.</p>\n<ul class=\"plain\">\n");
        for (SearchIndex.Hit h : hits) {
            b.append("<li><span class=\"tag\">").append(esc(h.kind())).append("</span> ")
                .append(a(LocalPaths.page(h.iri(), idBase), h.label() == null || h.label().isEmpty() ? h.iri() : h.label()));
            if (h.text() != null) b.append("<div class=\"src\">").append(esc(h.text())).append("</div>");
            b.append("</li>\n");
        }
        return Layout.page("Search: " + q, b.append("</ul>\n").toString());
    }

    static String notFound(String iri, List<CloseMatches.Match> matches) {
        StringBuilder b = new StringBuilder("<h1>Not found</h1>\n<p>Nothing is known about <span class=\"iri\">")
            .append(esc(iri)).append("</span>.</p>\n");
        if (!matches.isEmpty()) {
            b.append("<p>Did you mean:</p>\n<ul>\n");
            for (CloseMatches.Match m : matches) {
                b.append("<li>").append(a(m.href(), m.label())).append(" <span class=\"iri\">").append(esc(m.iri())).append("</span></li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\"> <button>Search</button></form>\n");
        return Layout.page("Not found", b.toString());
    }

    /** The page of a named graph: size, the paper it comes from, a query over it. */
    public static String graph(org.usmx.linkeddata.GraphController.GraphSummary g, String idBase) {
        // the link's query text is built with the graph IRI bound as a term, never spliced as text
        var pss = new org.apache.jena.query.ParameterizedSparqlString("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 100");
        pss.setIri("g", g.iri());
        String query = pss.toString();
        StringBuilder b = new StringBuilder("<h1>Named graph ").append(esc(g.name())).append("</h1>\n<div class=\"iri\">")
            .append(esc(g.iri())).append("</div>\n<p>").append(g.triples()).append(" triples about ").append(g.subjects()).append(" subjects.");
        if (g.paper() != null) b.append(" Everything in it is stated by ").append(a(LocalPaths.page(g.paper(), idBase), g.name())).append(".");
        b.append("</p>\n<p>").append(a("/sparql?format=json&query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), "Its first 100 triples (SPARQL, JSON)"))
            .append(" · ").append(a("/dumps/", "dumps")).append("</p>\n");
        return Layout.page("Named graph " + g.name(), b.toString());
    }

    static String error(int status, String title, String detail) {
        return Layout.page(title, "<h1>" + status + " " + esc(title) + "</h1>\n<p>" + esc(detail) + "</p>\n<p><a href=\"/\">Home</a></p>\n");
    }
}
