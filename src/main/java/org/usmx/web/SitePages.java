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

    static final String EXAMPLE_QUERY = """
        SELECT ?claim ?label ?paper WHERE {
          ?claim a usmx:CausalClaim ; rdfs:label ?label ; usmx:statedIn ?paper .
        } LIMIT 20""";

    static String home(List<Map<String, String>> sources, String idBase) {
        StringBuilder b = new StringBuilder("""
            <h1>US–Mexico defense and security relations</h1>
            <p>A knowledge graph curated by hand from papers on US–Mexico defense relations: institutions, people and the
            posts they held, events, initiatives, the works the papers cite, their footnotes, and the claims the papers
            make — each tied to the exact passage of its paper. Every entity has a page and a Linked Data IRI
            (<code>https://w3id.org/usmx/id/{kind}/{slug}</code>, served here at <code>/id/{kind}/{slug}</code>).</p>
            <form action="/search" method="get"><label>Search entities and claims: <input type="search" name="q" size="40"></label> <button>Search</button></form>
            <h2 id="sources">Sources</h2>
            <ul class="plain">
            """);
        for (Map<String, String> s : sources) {
            b.append("<li>").append(a(LocalPaths.page(s.get("paper"), idBase), s.getOrDefault("title", s.get("paper"))));
            if (s.containsKey("author")) b.append(" — ").append(esc(s.get("author")));
            if (s.containsKey("issued")) b.append(" (").append(esc(s.get("issued"))).append(")");
            b.append(" <span class=\"muted\">").append(esc(s.get("claims"))).append(" claims, ").append(esc(s.get("notes"))).append(" notes</span></li>\n");
        }
        b.append("</ul>\n");
        b.append("""
            <h2 id="sparql">SPARQL</h2>
            <p>The SPARQL 1.1 endpoint is <code>/sparql</code> (GET or POST; results by Accept or <code>format=</code>). The default
            graph is the union of all named graphs; standard prefixes (<code>usmx:</code>, <code>rdfs:</code>, <code>skos:</code>, …) are predeclared.</p>
            <form action="/sparql" method="get">
            <textarea name="query" rows="6">%s</textarea>
            <label>Format <select name="format"><option value="json">JSON</option><option value="csv">CSV</option><option value="tsv">TSV</option><option value="xml">XML</option></select></label>
            <button>Run query</button></form>
            <h2 id="more">Model and API</h2>
            <ul>
            <li><a href="/ontology">Ontology</a> (classes and properties, with usage) and <a href="/ontology/shapes">SHACL shapes</a></li>
            <li><a href="/api/openapi.json">JSON API description (OpenAPI)</a>: <a href="/api/claims">claims</a>, <a href="/api/entities">entities</a>, <a href="/api/sources">sources</a>, <a href="/api/conflicts">conflicts</a>, <a href="/api/stats">statistics</a></li>
            <li><a href="/.well-known/void">VoID dataset description</a> and <a href="/dumps/">dumps</a></li>
            </ul>
            """.formatted(esc(EXAMPLE_QUERY)));
        return Layout.page("Home", b.toString());
    }

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
