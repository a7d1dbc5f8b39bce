package org.usmx.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.ExprVar;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.readmodel.BrowseView.Kind;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/** Lists one kind of entity a page at a time; SPARQL does the sorting, filtering and paging. */
public final class BrowseReader {

    public static final int PAGE_SIZE = 50;
    public static final List<String> SORTS = List.of("name", "claims", "papers");

    private static final Query LIST = ClasspathQueries.query("sparql/browse-entities.rq");
    private static final Query COUNTS = ClasspathQueries.query("sparql/browse-kind-counts.rq");

    private final SelectRunner runner;
    private final Papers papers;
    private final String idBase;

    public BrowseReader(SelectRunner runner, Papers papers, String idBase) {
        this.runner = runner;
        this.papers = papers;
        this.idBase = idBase;
    }

    /** {@code paper} is a paper IRI or null; {@code page} is 1-based; {@code sort} one of {@link #SORTS}. */
    public BrowseView read(Kind kind, String sort, String paper, int page) {
        Map<String, Node> bind = bindings(kind, paper);
        Query q = LIST.cloneQuery();
        ExprVar label = new ExprVar("label");
        switch (sort) {
            case "claims" -> q.addOrderBy(new ExprVar("claims"), Query.ORDER_DESCENDING);
            case "papers" -> q.addOrderBy(new ExprVar("papers"), Query.ORDER_DESCENDING);
            default -> { }
        }
        q.addOrderBy(new E_StrLowerCase(new E_Str(label)), Query.ORDER_ASCENDING);
        q.addOrderBy(new ExprVar("entity"), Query.ORDER_ASCENDING);
        q.setLimit(PAGE_SIZE);
        q.setOffset((long) (page - 1) * PAGE_SIZE);
        List<BrowseView.Row> rows = new ArrayList<>();
        for (Map<String, String> r : runner.select(q, bind).rows()) {
            rows.add(new BrowseView.Row(new Link(LocalPaths.page(r.get("entity"), idBase), r.get("label"), r.get("entity")),
                r.get("kindLabel"), Long.parseLong(r.getOrDefault("claims", "0")), Long.parseLong(r.getOrDefault("papers", "0"))));
        }
        Map<String, Node> countBind = new HashMap<>(bind);
        countBind.remove("prefix");
        countBind.put("base", NodeFactory.createLiteralString(idBase + "id/"));
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, String> r : runner.select(COUNTS, countBind).rows()) counts.put(r.get("segment"), Long.parseLong(r.get("total")));
        List<BrowseView.KindCount> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) kinds.add(new BrowseView.KindCount(k, counts.getOrDefault(k.segment, 0L)));
        long total = counts.getOrDefault(kind.segment, 0L);
        return new BrowseView(kind, rows, total, page, PAGE_SIZE, sort, papers.get(paper).orElse(null),
            List.copyOf(papers.all().values()), kinds);
    }

    private Map<String, Node> bindings(Kind kind, String paper) {
        Map<String, Node> bind = new HashMap<>();
        bind.put("prefix", NodeFactory.createLiteralString(idBase + "id/" + kind.segment + "/"));
        bind.put("allPapers", NodeFactory.createLiteralDT(paper == null ? "true" : "false", XSDDatatype.XSDboolean));
        if (paper != null) bind.put("paper", NodeFactory.createURI(paper));
        return bind;
    }

}
