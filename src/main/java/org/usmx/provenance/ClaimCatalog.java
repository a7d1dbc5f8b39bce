package org.usmx.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Claims by facet, filtered and paged in SPARQL (claims-matching.rq): subject (following the
 * graph unless told not to), type, paper, cause, effect, who holds the view, and optionally a set
 * of claims a text search found. A page's claims are then read with their facets.
 */
public final class ClaimCatalog {

    /** The filters a claim list takes: facet → IRI (absent = any). */
    public static final List<String> FACETS = List.of("about", "type", "source", "cause", "effect", "attributedTo");

    /** One request: facet filters, whether {@code about} follows the graph, an optional text-search restriction, a window. */
    public record Filter(Map<String, String> facets, boolean expand, Optional<Set<String>> among, int offset, int limit) {}

    /** One page and how many claims match in all. */
    public record Page(long total, List<Map<String, Object>> items) {}

    private static final Query MATCHING = ClasspathQueries.query("sparql/claims-matching.rq");
    private static final Query FACETS_OF = ClasspathQueries.query("sparql/claims-facets.rq");
    private static final Query TYPES = ClasspathQueries.query("sparql/claim-types.rq");
    private static final Query HOLDERS = ClasspathQueries.query("sparql/claim-holders.rq");
    private static final Node ANY = NodeFactory.createURI("urn:usmx:any");
    private static final List<String> MULTI = List.of("type", "attributedTo", "about", "cause", "effect");

    private final SelectRunner runner;
    private final List<String> types;
    private final Set<String> holders;

    public ClaimCatalog(SelectRunner runner) {
        this.runner = runner;
        this.types = runner.forBuilding().select(TYPES, Map.of()).rows().stream().map(r -> r.get("type")).toList();
        this.holders = Set.copyOf(runner.forBuilding().select(HOLDERS, Map.of()).rows().stream().map(r -> r.get("holder")).toList());
    }

    /** Everyone some claim is attributed to (IRIs), including individuals of the ontology. */
    public Set<String> holders() {
        return holders;
    }

    /** The claim types the data uses (IRIs). */
    public List<String> types() {
        return types;
    }

    public Page filter(Filter f) {
        Map<String, Node> bind = new HashMap<>();
        for (String facet : FACETS) {
            String v = f.facets().get(facet);
            bind.put(facet, v == null ? ANY : NodeFactory.createURI(v));
        }
        bind.put("expand", NodeFactory.createLiteralDT(Boolean.toString(f.expand()), XSDDatatype.XSDboolean));
        Query matching = restricted(MATCHING, f.among());
        long total = Long.parseLong(runner.select(counting(matching), bind).rows().get(0).get("total"));
        Query page = matching.cloneQuery();
        page.setOffset(f.offset());
        page.setLimit(f.limit());
        List<String> iris = runner.select(page, bind).rows().stream().map(r -> r.get("claim")).toList();
        return new Page(total, describe(iris));
    }

    /** One claim with its facets, if it exists. */
    public Optional<Map<String, Object>> get(String iri) {
        List<Map<String, Object>> found = describe(List.of(iri));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The claims in the given order, each with its facets. */
    private List<Map<String, Object>> describe(List<String> iris) {
        if (iris.isEmpty()) return List.of();
        Map<String, Map<String, Object>> byIri = new LinkedHashMap<>();
        for (String iri : iris) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iri", iri);
            MULTI.forEach(facet -> m.put(facet, new ArrayList<String>()));
            byIri.put(iri, m);
        }
        for (Map<String, String> r : runner.select(restricted(FACETS_OF, Optional.of(byIri.keySet())), Map.of()).rows()) {
            Map<String, Object> c = byIri.get(r.get("claim"));
            String facet = r.get("facet");
            if (MULTI.contains(facet)) {
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) c.get(facet);
                if (!values.contains(r.get("value"))) values.add(r.get("value"));
            } else {
                c.put(facet, r.get("value"));
            }
        }
        // a claim that is not in the store has no facets at all (not even its type)
        byIri.values().removeIf(c -> !c.containsKey("source"));
        return List.copyOf(byIri.values());
    }

    /** The query restricted to the given claims by a VALUES block (Jena's API, no text spliced). */
    private static Query restricted(Query base, Optional<? extends java.util.Collection<String>> among) {
        if (among.isEmpty()) return base;
        Query q = base.cloneQuery();
        Var claim = Var.alloc("claim");
        List<Binding> rows = new ArrayList<>();
        for (String iri : among.get()) rows.add(BindingFactory.binding(claim, NodeFactory.createURI(iri)));
        q.setValuesDataBlock(List.of(claim), rows);
        return q;
    }

    /** SELECT (COUNT(*) AS ?total) over the matching query as a sub-select. */
    private static Query counting(Query matching) {
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?total) WHERE { }");
        Query inner = matching.cloneQuery();
        inner.setQueryResultStar(false);
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(group);
        return count;
    }
}
