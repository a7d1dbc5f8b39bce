package org.usmx.sparql;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/),
 * answered to GET /sparql without a query: the endpoint IRI, the query language, the result
 * formats, that the default graph is the union of the named graphs, and the named graphs.
 */
public final class ServiceDescription {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String DCT = "http://purl.org/dc/terms/";

    private ServiceDescription() {}

    public static Graph describe(String endpointUrl, DatasetGraph dataset) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("dcterms", DCT);
        Node service = NodeFactory.createURI(endpointUrl + "#service");
        Node endpoint = NodeFactory.createURI(endpointUrl);
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), endpoint);
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        g.add(service, NodeFactory.createURI(DCT + "description"), NodeFactory.createLiteralString(
            "Read-only SPARQL 1.1 query endpoint of usmx-kg (US-Mexico defense relations). The default graph is the union "
                + "of the named graphs. SERVICE (federated query) is not available."));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG", "N-Quads")) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }
        Node ds = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), ds);
        g.add(ds, RDF.type.asNode(), sd("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(ds, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        for (Node name : graphNames(dataset)) {
            Node named = NodeFactory.createBlankNode();
            g.add(ds, sd("namedGraph"), named);
            g.add(named, RDF.type.asNode(), sd("NamedGraph"));
            g.add(named, sd("name"), name);
        }
        return g;
    }

    private static List<Node> graphNames(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.toString().compareTo(b.toString()));
            return names;
        });
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
