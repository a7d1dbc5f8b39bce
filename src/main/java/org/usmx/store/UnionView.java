package org.usmx.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A view of an in-memory dataset whose default graph is the union of its named graphs, as the
 * served TDB2 store has. Graphs are linked, not copied.
 */
public final class UnionView {

    private UnionView() {}

    public static DatasetGraph of(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(n -> view.addGraph(n, dsg.getGraph(n)));
        return view;
    }
}
