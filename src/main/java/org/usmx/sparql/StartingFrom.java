package org.usmx.sparql;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * A query restricted to given rows of IRIs by a VALUES block put first in its pattern (Jena's API,
 * no text spliced), so the store starts from those few rows: how a read model reads one page of
 * what a SPARQL selection picked, instead of holding every item.
 */
public final class StartingFrom {

    private StartingFrom() {}

    /** @param rows each row one IRI per variable, in the order of {@code vars} */
    public static Query rows(Query base, List<String> vars, List<List<String>> rows) {
        Query q = base.cloneQuery();
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        ElementData data = new ElementData(vs, new ArrayList<>());
        for (List<String> row : rows) {
            BindingBuilder b = BindingFactory.builder();
            for (int i = 0; i < vs.size(); i++) b.add(vs.get(i), NodeFactory.createURI(row.get(i)));
            data.add(b.build());
        }
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        ((ElementGroup) q.getQueryPattern()).getElements().forEach(group::addElement);
        q.setQueryPattern(group);
        return q;
    }

    /** The query starting from these values of one variable. */
    public static Query values(Query base, String var, java.util.Collection<String> iris) {
        return rows(base, List.of(var), iris.stream().map(List::of).toList());
    }
}
