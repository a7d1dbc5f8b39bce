package org.usmx.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.usmx.sparql.Prefixes;

/**
 * The real curated graph (data/ and ontology/ of the repository): the store built once per test
 * JVM ({@link SharedStore#real()}, the same one {@link RunningServer#real()} serves), a TDB2 with
 * the union as default graph, exactly as the service queries it. Read-only.
 */
public final class RealGraph {

    private RealGraph() {}

    public static DatasetGraph dataset() {
        return SharedStore.real().dataset();
    }

    /** A built dataset copied into an in-memory TDB2 whose default graph is the union, as the service runs it. */
    public static DatasetGraph inUnionTdb(DatasetGraph built) {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(tdb, () -> built.find().forEachRemaining(tdb::add));
        return tdb;
    }

    /** Rows of a SELECT as "a|b|c", IRIs shortened to their last segment; standard prefixes predeclared. */
    public static List<String> rows(String sparql) {
        return rows(dataset(), sparql);
    }

    public static List<String> rows(DatasetGraph dsg, String sparql) {
        Query q = new Query();
        q.setPrefixMapping(Prefixes.mapping());
        QueryFactory.parse(q, sparql, null, null);
        List<String> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            RowSet rs = QueryExec.dataset(dsg).query(q).select();
            rs.forEachRemaining(b -> {
                List<String> cells = new ArrayList<>();
                rs.getResultVars().forEach(v -> {
                    var n = b.get(v);
                    cells.add(n == null ? "" : n.isURI() ? n.getURI().replaceAll(".*[/#]", "") : n.getLiteralLexicalForm());
                });
                out.add(String.join("|", cells));
            });
        });
        return out;
    }

    /** A single integer from a SELECT with one row and one variable. */
    public static long count(String sparql) {
        return Long.parseLong(rows(sparql).get(0));
    }
}
