package org.usmx.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs a parsed SELECT with variables bound to RDF terms (Jena's substitution: values are terms,
 * never query text) under a timeout, and returns plain rows: variable → lexical value or IRI.
 */
public final class SelectRunner {

    /** A finished result: the columns and rows in order. */
    public record Result(List<String> columns, List<Map<String, String>> rows) {}

    private final DatasetGraph dataset;
    private final Duration timeout;

    /**
     * How long a query that builds a per-release read model (the causal network, the timeline,
     * the search index) may run: once per data release, at warm-up, never for a request. Bound
     * by the request timeout, a larger corpus made such a query fail and the web application with it.
     */
    static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    public SelectRunner(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** The same store with {@link #BUILD_TIMEOUT}: for the queries a read model runs once, when it is built. */
    public SelectRunner forBuilding() {
        return new SelectRunner(dataset, BUILD_TIMEOUT);
    }

    /** The rows of a query with one variable bound to one IRI: the shape of most page and API lookups. */
    public List<Map<String, String>> rows(Query query, String variable, String iri) {
        return select(query, Map.of(variable, org.apache.jena.graph.NodeFactory.createURI(iri))).rows();
    }

    public Result select(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecDatasetBuilder b = QueryExec.newBuilder().dataset(dataset).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            bindings.forEach((name, node) -> b.substitution(Var.alloc(name), node));
            try (QueryExec exec = b.build()) {
                RowSet rs = exec.select();
                List<String> columns = rs.getResultVars().stream().map(Var::getVarName).toList();
                List<Map<String, String>> rows = new ArrayList<>();
                rs.forEachRemaining(binding -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String c : columns) {
                        Node n = binding.get(c);
                        if (n != null) row.put(c, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                    }
                    rows.add(row);
                });
                return new Result(columns, rows);
            }
        });
    }
}
