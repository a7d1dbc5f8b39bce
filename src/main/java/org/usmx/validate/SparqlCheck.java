package org.usmx.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.FmtUtils;
import org.usmx.store.ClasspathQueries;

/** A check whose every result row is a violation; the query lives in a .rq resource. */
public final class SparqlCheck implements DataCheck {

    /**
     * A check's queries may name the id namespace as ?idSpace: the checks run over the data as the
     * files have it (GraphBuilder), always under the default base; the configured base is applied
     * only when the store is written (store.Rebase).
     */
    private static final org.apache.jena.sparql.core.Var ID_SPACE = org.apache.jena.sparql.core.Var.alloc("idSpace");
    private static final org.apache.jena.graph.Node DATA_FILES_ID_SPACE =
        org.apache.jena.graph.NodeFactory.createLiteralString(org.usmx.iri.IriPolicy.DEFAULT.idNamespace());

    private final String name;
    private final Query query;
    private final String focusVar;
    private final Function<Binding, String> message;

    public SparqlCheck(String name, String resource, String focusVar, Function<Binding, String> message) {
        this.name = name;
        this.query = ClasspathQueries.query(resource);
        this.focusVar = focusVar;
        this.message = message;
    }

    @Override
    public String name() { return name; }

    @Override
    public List<Violation> check(DatasetGraph dataset) {
        List<Violation> out = new ArrayList<>();
        QueryExec.dataset(dataset).query(query).substitution(ID_SPACE, DATA_FILES_ID_SPACE).select().forEachRemaining(b ->
            out.add(new Violation(name, FmtUtils.stringForNode(b.get(focusVar)), "", message.apply(b))));
        return out;
    }

    static String str(Binding b, String var) {
        return b.get(var) == null ? "" : FmtUtils.stringForNode(b.get(var));
    }
}
