package org.usmx.linkeddata;

import org.usmx.http.Problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.usmx.iri.IriPolicy;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * GET /graph/{name}: the named graphs' IRIs ({@code https://w3id.org/usmx/graph/{name}})
 * dereference to a short VoID description (size, the source paper a paper graph comes from),
 * negotiated like entity IRIs: the generic URL answers 303 to {@code .ttl|.jsonld|.nt|.rdf|.html}.
 */
public final class GraphController {

    /** What the HTML page of a graph shows. */
    public record GraphSummary(String iri, String name, long triples, long subjects, String paper) {}

    private static final Query SUMMARY = ClasspathQueries.query("sparql/graph-summary.rq");
    private static final Query PAPER = ClasspathQueries.query("sparql/graph-paper.rq");
    private static final List<Variant> OFFERED = List.of(Variant.TURTLE, Variant.JSONLD, Variant.NTRIPLES, Variant.RDFXML, Variant.HTML);
    private static final String VOID = "http://rdfs.org/ns/void#";

    private final SelectRunner runner;
    private final java.util.function.Function<GraphSummary, String> page;
    private final String idBase;

    public GraphController(SelectRunner runner, java.util.function.Function<GraphSummary, String> page, String idBase) {
        this.runner = runner;
        this.page = page;
        this.idBase = idBase;
    }

    public void graph(Context ctx) {
        String segment = ctx.pathParam("name");
        int dot = segment.lastIndexOf('.');
        String name = dot < 0 ? segment : segment.substring(0, dot);
        Optional<Variant> pinned = dot < 0 ? Optional.empty() : Variant.bySuffix(segment.substring(dot + 1)).filter(OFFERED::contains);
        if (dot < 0) ctx.header("Vary", "Accept");
        if (!EntityIri.isSlug(name) || (dot >= 0 && pinned.isEmpty())) {
            throw new Problem(400, "Malformed IRI", "Graph names are lower-case slugs (e.g. arzt-2009, entities) with an optional .ttl, .jsonld, .nt, .rdf or .html suffix; got \"" + segment + "\".");
        }
        IriPolicy iris = new IriPolicy(idBase);
        String iri = iris.graph(name); // graph names stay under the default base whatever --id-base (IriPolicy)
        Map<String, String> row = runner.rows(SUMMARY, "graph", iri).get(0);
        long triples = Long.parseLong(row.getOrDefault("triples", "0"));
        if (triples == 0) {
            throw new Problem(404, "Not found", "No named graph " + iri + "; /api/stats lists the graphs.");
        }
        String paperIri = iris.document(name);
        boolean isPaper = !runner.rows(PAPER, "paper", paperIri).isEmpty();
        GraphSummary summary = new GraphSummary(iri, name, triples, Long.parseLong(row.get("subjects")), isPaper ? paperIri : null);
        List<String> links = new ArrayList<>();
        links.add("<" + iri + ">; rel=\"canonical\"");
        for (Variant o : OFFERED) if (pinned.filter(o::equals).isEmpty()) links.add("</graph/" + name + "." + o.suffix() + ">; rel=\"alternate\"; type=\"" + o.mediaType() + "\"");
        ctx.header("Link", String.join(", ", links));
        if (pinned.isEmpty()) {
            Optional<Variant> v = Conneg.choose(ctx.header("Accept"), OFFERED);
            if (v.isEmpty()) {
                throw new Problem(406, "Not acceptable", "Available: text/turtle, application/ld+json, application/n-triples, application/rdf+xml, text/html.");
            }
            ctx.status(303).header("Location", "/graph/" + name + "." + v.get().suffix()).contentType("text/plain; charset=utf-8")
                .result("303 See Other: /graph/" + name + "." + v.get().suffix() + "\n");
            return;
        }
        Variant v = pinned.get();
        String body = v == Variant.HTML ? page.apply(summary) : rdf(summary, v);
        ctx.status(200).contentType(v.contentType()).result(body);
    }

    private static String rdf(GraphSummary s, Variant v) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri);
        Node graph = NodeFactory.createURI(s.iri());
        g.add(Triple.create(graph, RDF.type.asNode(), NodeFactory.createURI(VOID + "Dataset")));
        g.add(Triple.create(graph, RDFS.label.asNode(), NodeFactory.createLiteralString("Named graph " + s.name())));
        g.add(Triple.create(graph, NodeFactory.createURI(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(s.triples()), XSDDatatype.XSDinteger)));
        g.add(Triple.create(graph, NodeFactory.createURI(VOID + "distinctSubjects"), NodeFactory.createLiteralDT(Long.toString(s.subjects()), XSDDatatype.XSDinteger)));
        if (s.paper() != null) g.add(Triple.create(graph, DCTerms.source.asNode(), NodeFactory.createURI(s.paper())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, v.lang());
        return out.toString(StandardCharsets.UTF_8);
    }

}
