package org.usmx.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.usmx.explore.ConflictViews.Conflict;
import org.usmx.explore.ConflictViews.Link;
import org.usmx.explore.ConflictViews.Side;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/** Every usmx:Conflict of the graph as a {@link Conflict}, in IRI order, with kinds and papers to filter by. */
public final class ConflictCatalog {

    private static final Query CONFLICTS = ClasspathQueries.query("sparql/explore-conflicts.rq");
    private static final String USMX = org.usmx.store.Vocab.ONT; // the vocabulary: fixed whatever --id-base

    private final List<Conflict> conflicts = new ArrayList<>();

    public ConflictCatalog(SelectRunner runner, Papers papers, String idBase) {
        Map<String, Map<String, String>> heads = new LinkedHashMap<>();
        Map<String, Map<String, Link>> abouts = new LinkedHashMap<>();
        Map<String, Map<String, Side>> sides = new LinkedHashMap<>();
        for (Map<String, String> r : runner.forBuilding().select(CONFLICTS, Map.of()).rows()) {
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
        for (Map.Entry<String, Map<String, String>> e : heads.entrySet()) {
            Map<String, String> h = e.getValue();
            String slug = last(e.getKey());
            List<Side> s = List.copyOf(sides.get(e.getKey()).values());
            List<String> paperIds = s.stream().map(Side::paperId).filter(p -> p != null).distinct().sorted().toList();
            String kind = h.containsKey("kind") ? h.get("kind").substring(USMX.length()) : "Conflict";
            conflicts.add(new Conflict(slug, "/conflicts/" + slug, LocalPaths.page(e.getKey(), idBase), kind,
                h.getOrDefault("kindLabel", kind), h.getOrDefault("topic", slug), h.get("note"),
                List.copyOf(abouts.get(e.getKey()).values()), s, paperIds));
        }
    }

    /** A position's value or a fact's date as a reader says it (dates in words), an entity's label, a quantity's printed value or a claim's paraphrase. */
    private static String value(Map<String, String> r) {
        if (r.containsKey("valueLabel")) return r.get("valueLabel");
        return Dates.human(r.get("value"));
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    public List<Conflict> all() {
        return conflicts;
    }

    /** Conflicts of a kind (local name, e.g. DateConflict) with a side from a paper (id); null means any. */
    public List<Conflict> filter(String kind, String paper) {
        return conflicts.stream()
            .filter(c -> kind == null || c.kind().equals(kind))
            .filter(c -> paper == null || c.papers().contains(paper))
            .toList();
    }

    public Optional<Conflict> bySlug(String slug) {
        return conflicts.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }
}
