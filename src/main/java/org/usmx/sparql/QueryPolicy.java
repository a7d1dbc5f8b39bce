package org.usmx.sparql;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What a public query may not do, checked on the parsed query before it runs (400 with a reason):
 * <ul>
 * <li>{@code SERVICE} in any form ({@code SILENT}, {@code SERVICE ?var}, inside EXISTS or a
 *     sub-query) would make this server send requests wherever the caller says. It is refused
 *     unless the operator listed the endpoint (a variable endpoint is never allowed).</li>
 * <li>Functions and property functions named by {@code java:} IRIs would load classes by name.</li>
 * </ul>
 * ARQ's own switch ({@code arq:httpServiceAllowed false}) stays on as the second line.
 */
public final class QueryPolicy {

    private final List<String> serviceAllowList;

    public QueryPolicy(List<String> serviceAllowList) {
        this.serviceAllowList = List.copyOf(serviceAllowList);
    }

    public void check(Query query) {
        Op op = Algebra.compile(query);
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService service) { checkService(service.getService()); }
            @Override public void visit(OpBGP bgp) { bgp.getPattern().forEach(QueryPolicy::checkPredicate); }
            @Override public void visit(OpTriple t) { checkPredicate(t.getTriple()); }
            @Override public void visit(OpPath p) { checkNode(p.getTriplePath().getPredicate()); }
            @Override public void visit(OpPropFunc p) { checkNode(p.getProperty()); }
        }, new ExprVisitorBase() {
            @Override public void visit(ExprFunctionN f) {
                if (f instanceof E_Function fn && isJava(fn.getFunctionIRI())) {
                    throw new QueryRefused(400, "Functions named by java: IRIs are not available on this endpoint: <"
                        + fn.getFunctionIRI() + ">.");
                }
            }
        });
    }

    private void checkService(Node endpoint) {
        if (endpoint.isURI() && serviceAllowList.contains(endpoint.getURI())) return;
        String which = endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString();
        throw new QueryRefused(400, "SERVICE " + which + " is not allowed: this endpoint does not send requests to other "
            + "services (federated queries are off" + (serviceAllowList.isEmpty() ? "" : "; allowed endpoints: " + serviceAllowList)
            + "). Query the other service yourself and combine the results, or download our data (/dumps/).");
    }

    private static void checkPredicate(Triple t) {
        checkNode(t.getPredicate());
    }

    private static void checkNode(Node p) {
        if (p != null && p.isURI() && isJava(p.getURI())) {
            throw new QueryRefused(400, "Property functions named by java: IRIs are not available on this endpoint: <" + p.getURI() + ">.");
        }
    }

    private static boolean isJava(String iri) {
        return iri != null && iri.regionMatches(true, 0, "java:", 0, 5);
    }
}
