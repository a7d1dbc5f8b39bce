package org.usmx.store;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Materializes what users should get without a reasoner (subclass and subproperty closure,
 * inverses, symmetric properties, conflict sides, ORG shortcuts, causal edges) into the
 * inferred named graph. Rules are CONSTRUCT queries run over the union until nothing new appears;
 * only triples not already stated anywhere are added.
 */
public final class Inference {

    private static final List<String> RULES = List.of(
        "inference/10-subclass.rq", "inference/20-subproperty.rq", "inference/30-inverse.rq",
        "inference/40-symmetric.rq", "inference/50-conflict-sides.rq", "inference/60-membership.rq",
        "inference/70-causal-edges.rq", "inference/80-note-pages.rq");

    private static final int MAX_ROUNDS = 10;

    /**
     * Where derived causal edges are named. Inference runs over the data as the files have it,
     * under the default base; {@link Rebase} moves the edges with everything else when the store
     * is written.
     */
    private static final Node EDGE_SPACE = NodeFactory.createLiteralString(org.usmx.iri.IriPolicy.DEFAULT.namespace("edge"));

    private final List<Query> rules = RULES.stream().map(ClasspathQueries::query).toList();

    /** Adds inferred triples to the inferred graph; returns how many were added. */
    public long materialize(DatasetGraph dsg) {
        Node inferredName = NodeFactory.createURI(Vocab.GRAPH_INFERRED);
        Graph inferred = dsg.getGraph(inferredName);
        // The rules run over one materialized copy of the union (a union view would ask every
        // graph for every pattern); what they add goes into the copy too, for the next rule.
        Graph union = GraphBuilder.unionCopy(dsg);
        long added = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long before = added;
            for (Query rule : rules) {
                Graph result = QueryExec.graph(union).query(rule).substitution("edgeSpace", EDGE_SPACE).construct();
                for (var t : result.find().toList()) {
                    if (!union.contains(t)) {
                        inferred.add(t);
                        union.add(t);
                        added++;
                    }
                }
            }
            if (added == before) break;
        }
        return added;
    }
}
