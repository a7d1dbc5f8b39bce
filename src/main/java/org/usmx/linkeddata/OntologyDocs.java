package org.usmx.linkeddata;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.Vocab;

/**
 * The ontology and shapes graphs as the store holds them (copied once: they change only on
 * rebuild), and how the data uses each term: instance or triple counts and one example.
 */
public final class OntologyDocs {

    /** How the data uses one term. */
    public record Usage(long count, long inferred, String exampleSubject, String exampleObject, String exampleGraph) {}

    private static final Query CLASS_USAGE = ClasspathQueries.query("sparql/ontology-class-usage.rq");
    private static final Query PROPERTY_USAGE = ClasspathQueries.query("sparql/ontology-property-usage.rq");
    private static final Query PROPERTY_EXAMPLE = ClasspathQueries.query("sparql/ontology-property-example.rq");

    private final Graph ontology;
    private final Graph shapes;
    private final SelectRunner runner;
    private volatile Map<String, Usage> usage;

    public OntologyDocs(DatasetGraph store, SelectRunner runner) {
        this.runner = runner;
        this.ontology = copy(store, Vocab.GRAPH_ONTOLOGY);
        this.shapes = copy(store, Vocab.GRAPH_SHAPES);
        ontology.getPrefixMapping().setNsPrefix("vann", "http://purl.org/vocab/vann/");
        shapes.getPrefixMapping().setNsPrefix("ush", "https://w3id.org/usmx/shapes#");
    }

    private static Graph copy(DatasetGraph store, String graph) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(store, () -> store.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(g::add));
        return g;
    }

    public Graph ontology() { return ontology; }

    public Graph shapes() { return shapes; }

    /** Usage of a class (instances) or property (triples); empty when the data does not use it. */
    public Optional<Usage> usage(String term) {
        return Optional.ofNullable(usage().get(term));
    }

    private Map<String, Usage> usage() {
        Map<String, Usage> u = usage;
        if (u != null) return u;
        Map<String, Usage> out = new HashMap<>();
        for (Map<String, String> r : runner.select(CLASS_USAGE, Map.of()).rows()) {
            out.put(r.get("term"), new Usage(Long.parseLong(r.get("n")), 0, r.get("example"), r.get("term"), null));
        }
        for (Map<String, String> r : runner.select(PROPERTY_USAGE, Map.of()).rows()) {
            Map<String, Node> bind = Map.of("term", NodeFactory.createURI(r.get("term")));
            var ex = runner.select(PROPERTY_EXAMPLE, bind).rows();
            Map<String, String> e = ex.isEmpty() ? Map.of() : ex.get(0);
            out.put(r.get("term"), new Usage(Long.parseLong(r.get("n")), Long.parseLong(r.getOrDefault("inferred", "0")), e.get("s"), e.get("o"), e.get("g")));
        }
        usage = Map.copyOf(out);
        return usage;
    }
}
