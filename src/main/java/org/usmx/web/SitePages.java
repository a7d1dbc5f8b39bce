package org.usmx.web;

import java.util.List;

import org.apache.jena.query.ParameterizedSparqlString;
import org.usmx.linkeddata.CloseMatches;
import org.usmx.linkeddata.GraphController;
import org.usmx.readmodel.Link;

/** The pages that are not about one entity: not found (with close matches), errors, a named graph. */
public final class SitePages {

    /** Not found: the IRI asked for and the entities it may have meant. */
    public record NotFoundView(PageMeta meta, String iri, List<CloseMatches.Match> matches) {}

    /** A named graph: its size, the paper everything in it comes from, and a query over it. */
    public record GraphView(PageMeta meta, String name, String iri, long triples, long subjects, Link paper, String queryHref,
                            String workbenchHref) {}

    private SitePages() {}


    static String notFound(String iri, List<CloseMatches.Match> matches) {
        return Templates.render("notfound.jte", new NotFoundView(PageMeta.of("Not found", PageMeta.Section.NONE), iri, matches));
    }

    /** The page of a named graph: size, the paper it comes from, a query over it. */
    public static String graph(GraphController.GraphSummary g, org.usmx.readmodel.Papers papers, String idBase) {
        // the link's query text is built with the graph IRI bound as a term, never spliced as text
        var pss = new ParameterizedSparqlString("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 100");
        pss.setIri("g", g.iri());
        String encoded = java.net.URLEncoder.encode(pss.toString(), java.nio.charset.StandardCharsets.UTF_8);
        String query = "/sparql?format=json&query=" + encoded;
        return Templates.render("graph.jte", new GraphView(PageMeta.of("Named graph " + g.name(), PageMeta.Section.NONE), g.name(), g.iri(),
            g.triples(), g.subjects(), g.paper() == null ? null
            : papers.get(g.paper()).map(p -> new Link(p.href(), p.shortCite() + ", " + p.title(), p.iri())).orElse(Link.to(g.paper(), g.name(), idBase)),
            query, "/query?query=" + encoded));
    }

    static String error(int status, String title, String detail) {
        return ErrorPages.render(status, title, detail);
    }
}
