package org.usmx.linkeddata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.usmx.sparql.Prefixes;

/**
 * Serializes a description. Triple formats (Turtle, JSON-LD, N-Triples, RDF/XML) carry the union
 * of the quads plus a few triples about the description document itself: its primary topic and,
 * as {@code dcterms:source}, every named graph (source paper, entities, inferred) that contributed.
 * Quad formats (TriG, N-Quads) keep every triple in the named graph that states it, which is how
 * a client learns which paper says what; the document triples then sit in the default graph.
 */
public final class DescriptionWriter {

    private static final Node FOAF_DOCUMENT = NodeFactory.createURI("http://xmlns.com/foaf/0.1/Document");
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");

    private DescriptionWriter() {}

    /**
     * @param description the quads
     * @param topic       the described resource's IRI
     * @param documentIri the IRI of the description document (the suffixed persistent IRI)
     */
    public static String write(DatasetGraph description, String topic, String documentIri, Variant variant) {
        return write(description, topic, documentIri, variant, org.usmx.iri.IriPolicy.DEFAULT_BASE);
    }

    /** As above, with the entity prefixes (inst:, claim:, …) under {@code idBase}, the base the description's IRIs are under. */
    public static String write(DatasetGraph description, String topic, String documentIri, Variant variant, String idBase) {
        if (!variant.rdf()) throw new IllegalArgumentException("not an RDF variant: " + variant);
        Set<String> graphs = new TreeSet<>();
        description.find().forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
        Graph meta = GraphFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(documentIri);
        meta.add(Triple.create(doc, RDF.type.asNode(), FOAF_DOCUMENT));
        meta.add(Triple.create(doc, PRIMARY_TOPIC, NodeFactory.createURI(topic)));
        for (String g : graphs) meta.add(Triple.create(doc, DCTerms.source.asNode(), NodeFactory.createURI(g)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (variant.quads()) {
            DatasetGraph ds = DatasetGraphFactory.create();
            description.find().forEachRemaining(ds::add);
            meta.find().forEachRemaining(t -> ds.add(Quad.create(Quad.defaultGraphIRI, t)));
            ds.prefixes().putAll(Prefixes.standard(idBase));
            RDFDataMgr.write(out, ds, variant.lang());
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Prefixes.standard(idBase));
            g.getPrefixMapping().setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
            description.find().forEachRemaining(q -> g.add(q.asTriple()));
            meta.find().forEachRemaining(g::add);
            RDFDataMgr.write(out, g, variant.lang());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A graph (ontology, shapes) in one RDF variant, with the standard prefixes. */
    public static String write(Graph graph, Variant variant) {
        return write(graph, variant, org.usmx.iri.IriPolicy.DEFAULT_BASE);
    }

    /** As above, the entity prefixes under {@code idBase}. */
    public static String write(Graph graph, Variant variant, String idBase) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.standard(idBase));
        g.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        graph.find().forEachRemaining(g::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (variant.quads()) {
            DatasetGraph ds = DatasetGraphFactory.wrap(g);
            ds.prefixes().putAll(g.getPrefixMapping().getNsPrefixMap());
            RDFDataMgr.write(out, ds, variant.lang());
        } else {
            RDFDataMgr.write(out, g, variant.lang());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
