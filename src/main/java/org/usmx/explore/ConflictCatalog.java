package org.usmx.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.usmx.explore.ConflictViews.Conflict;
import org.usmx.explore.ConflictViews.Link;
import org.usmx.explore.ConflictViews.Side;
import org.usmx.iri.IriPolicy;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.sparql.SelectRunner;
import org.usmx.sparql.StartingFrom;
import org.usmx.store.ClasspathQueries;

/**
 * The graph's usmx:Conflicts as {@link Conflict}s, in IRI order: filtered by kind and paper and paged
 * in SPARQL (explore-conflicts-matching.rq), then only a page's conflicts read with their sides
 * (explore-conflicts.rq from a VALUES block). Nothing is held per conflict.
 */
public final class ConflictCatalog {

    /** One page of conflicts and how many match in all. */
    public record Page(long total, List<Conflict> items) {}

    private static final Query CONFLICTS = ClasspathQueries.query("sparql/explore-conflicts.rq");
    private static final Query MATCHING = ClasspathQueries.query("sparql/explore-conflicts-matching.rq");
    private static final Query KINDS = ClasspathQueries.query("sparql/explore-conflict-kinds.rq");
    private static final String USMX = org.usmx.store.Vocab.ONT; // the vocabulary: fixed whatever --id-base
    private static final Node ANY = NodeFactory.createURI("urn:usmx:any");

    private final SelectRunner runner;
    private final Papers papers;
    private final String idBase;
    private final IriPolicy iris;

    public ConflictCatalog(SelectRunner runner, Papers papers, String idBase) {
        this.runner = runner;
        this.papers = papers;
        this.idBase = idBase;
        this.iris = new IriPolicy(idBase);
    }

    /** The kinds the conflicts have, each with its reader name and how many conflicts are of it, by reader name. */
    public List<ConflictViews.Kind> kinds() {
        return runner.select(KINDS, Map.of()).rows().stream()
            .map(r -> new ConflictViews.Kind(r.get("kind"), r.getOrDefault("kindLabel", r.get("kind")), Integer.parseInt(r.get("n"))))
            .sorted((a, b) -> a.label().compareTo(b.label())).toList();
    }

    /** How many conflicts there are. */
    public long count() {
        return filter(null, null, 0, 0).total();
    }

    /** Conflicts of a kind (local name, e.g. DateConflict) with a side from a paper (id): the window [offset, offset + limit); null means any. */
    public Page filter(String kind, String paper, int offset, int limit) {
        Map<String, Node> bind = new HashMap<>();
        bind.put("kindName", NodeFactory.createLiteralString(kind == null ? "" : kind));
        String paperIri = paper == null ? null : papers.byId(paper).map(Papers.Paper::iri).orElse(null);
        if (paper != null && paperIri == null) return new Page(0, List.of());
        bind.put("paper", paperIri == null ? ANY : NodeFactory.createURI(paperIri));
        long total = Long.parseLong(runner.select(counting(), bind).rows().get(0).get("total"));
        if (limit == 0 || offset >= total) return new Page(total, List.of());
        Query window = MATCHING.cloneQuery();
        window.setOffset(offset);
        window.setLimit(limit);
        return new Page(total, read(runner.select(window, bind).rows().stream().map(r -> r.get("conflict")).toList()));
    }

    public Optional<Conflict> bySlug(String slug) {
        if (!IriPolicy.isSlug(slug)) return Optional.empty();
        List<Conflict> found = read(List.of(iris.entity("conflict", slug)));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** These conflicts, in this order, with their sides (a conflict not in the store is left out). */
    private List<Conflict> read(List<String> conflictIris) {
        if (conflictIris.isEmpty()) return List.of();
        Map<String, Map<String, String>> heads = new LinkedHashMap<>();
        Map<String, Map<String, Link>> abouts = new LinkedHashMap<>();
        Map<String, Map<String, Side>> sides = new LinkedHashMap<>();
        for (Map<String, String> r : runner.select(StartingFrom.values(CONFLICTS, "conflict", conflictIris), Map.of()).rows()) {
            String c = r.get("conflict");
            heads.putIfAbsent(c, r);
            Map<String, Link> about = abouts.computeIfAbsent(c, k -> new LinkedHashMap<>());
            if (r.containsKey("about")) {
                about.putIfAbsent(r.get("about"), new Link(LocalPaths.page(r.get("about"), idBase), r.getOrDefault("aboutLabel", last(r.get("about")))));
            }
            String paper = r.get("paper");
            sides.computeIfAbsent(c, k -> new TreeMap<>()).putIfAbsent(r.get("side"), new Side(
                paper == null ? null : last(paper), papers.shortName(paper), paper == null ? null : LocalPaths.page(paper, idBase),
                r.get("sideKind"), value(r), r.get("quote"), r.containsKey("page") ? Integer.valueOf(r.get("page")) : null,
                LocalPaths.page(r.get("side"), idBase)));
        }
        List<Conflict> out = new ArrayList<>();
        for (String iri : conflictIris) {
            Map<String, String> h = heads.get(iri);
            if (h == null) continue;
            String slug = last(iri);
            List<Side> s = List.copyOf(sides.get(iri).values());
            List<String> paperIds = s.stream().map(Side::paperId).filter(p -> p != null).distinct().sorted().toList();
            String kind = h.containsKey("kind") ? h.get("kind").substring(USMX.length()) : "Conflict";
            out.add(new Conflict(slug, "/conflicts/" + slug, LocalPaths.page(iri, idBase), kind,
                h.getOrDefault("kindLabel", kind), h.getOrDefault("topic", slug), h.get("note"),
                List.copyOf(abouts.get(iri).values()), s, paperIds));
        }
        return out;
    }

    /** A position's value or a fact's date as a reader says it (dates in words), an entity's label, a quantity's printed value or a claim's paraphrase. */
    private static String value(Map<String, String> r) {
        if (r.containsKey("valueLabel")) return r.get("valueLabel");
        return Dates.human(r.get("value"));
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** SELECT (COUNT(*) AS ?total) over the matching query as a sub-select. */
    private static Query counting() {
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?total) WHERE { }");
        Query inner = MATCHING.cloneQuery();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(group);
        return count;
    }
}
