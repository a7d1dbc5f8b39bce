package org.usmx.linkeddata;

import org.usmx.http.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.javalin.http.Context;

import org.apache.jena.graph.Graph;

/**
 * GET /ontology and /ontology/shapes: the ontology (whose term IRIs
 * {@code https://w3id.org/usmx/ontology#Term} resolve here, the fragment naming the term's anchor
 * on the HTML page) and the SHACL shapes, by content negotiation or {@code ?format=}.
 */
public final class OntologyController {

    private static final List<Variant> OFFERED = List.of(Variant.TURTLE, Variant.JSONLD, Variant.NTRIPLES, Variant.RDFXML, Variant.HTML);

    private final OntologyDocs docs;
    private final Function<OntologyDocs, String> ontologyPage;
    private final Function<OntologyDocs, String> shapesPage;
    private final String idBase;

    public OntologyController(OntologyDocs docs, Function<OntologyDocs, String> ontologyPage, Function<OntologyDocs, String> shapesPage) {
        this(docs, ontologyPage, shapesPage, org.usmx.iri.IriPolicy.DEFAULT_BASE);
    }

    /** @param idBase the configured IRI base: the RDF variants declare the entity prefixes under it */
    public OntologyController(OntologyDocs docs, Function<OntologyDocs, String> ontologyPage, Function<OntologyDocs, String> shapesPage,
                              String idBase) {
        this.idBase = idBase;
        this.docs = docs;
        this.ontologyPage = ontologyPage;
        this.shapesPage = shapesPage;
    }

    public void ontology(Context ctx) {
        serve(ctx, "/ontology", docs.ontology(), ontologyPage);
    }

    public void shapes(Context ctx) {
        serve(ctx, "/ontology/shapes", docs.shapes(), shapesPage);
    }

    private void serve(Context ctx, String path, Graph graph, Function<OntologyDocs, String> page) {
        ctx.header("Vary", "Accept");
        String format = ctx.queryParam("format");
        Optional<Variant> v;
        if (format != null && !format.isBlank()) {
            v = Variant.bySuffix(format.trim()).filter(OFFERED::contains);
            if (v.isEmpty()) {
                throw Problem.badParameter("format", "format is one of ttl, jsonld, nt, rdf, html; got \"" + format + "\".");
            }
        } else {
            v = Conneg.choose(ctx.header("Accept"), OFFERED);
            if (v.isEmpty()) {
                throw new Problem(406, "Not acceptable", "Available: text/turtle, application/ld+json, application/n-triples, application/rdf+xml, text/html.");
            }
        }
        List<String> links = new ArrayList<>();
        for (Variant o : OFFERED) if (o != v.get()) links.add("<" + path + "?format=" + o.suffix() + ">; rel=\"alternate\"; type=\"" + o.mediaType() + "\"");
        ctx.header("Link", String.join(", ", links));
        String body = v.get() == Variant.HTML ? page.apply(docs) : DescriptionWriter.write(graph, v.get(), idBase);
        ctx.status(200).contentType(v.get().contentType()).result(body);
    }
}
