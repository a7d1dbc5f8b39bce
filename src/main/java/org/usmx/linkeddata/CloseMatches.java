package org.usmx.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.usmx.search.SearchIndex;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Suggestions for an IRI that names nothing: entities whose names match the words of the slug
 * (all words first, then any word), then entities whose slug is a few edits away (typos:
 * {@code sedna} → {@code sedena}); those of the same kind ranked first.
 */
public final class CloseMatches {

    /** One suggestion: the entity's IRI, its label and its local page. */
    public record Match(String iri, String label, String href) {}

    private final SearchIndex index;
    private final String idBase;
    private final Map<String, String> labels;

    /** @param labels every named entity's IRI and label (for slug edit distance) */
    public CloseMatches(SearchIndex index, Map<String, String> labels, String idBase) {
        this.index = index;
        this.labels = labels;
        this.idBase = idBase;
    }

    /** Entity IRIs and preferred labels, read once from the store (the graph changes only on rebuild). */
    public static Map<String, String> entityLabels(SelectRunner runner, String idBase) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, org.apache.jena.graph.Node> idSpace = Map.of("idSpace",
            org.apache.jena.graph.NodeFactory.createLiteralString(new org.usmx.iri.IriPolicy(idBase).idNamespace()));
        for (Map<String, String> r : runner.forBuilding().select(ClasspathQueries.query("sparql/search-entities.rq"), idSpace).rows()) {
            out.putIfAbsent(r.get("entity"), r.get("prefLabel"));
        }
        return out;
    }

    /** Named things (not texts) matching the words of a slug; a slug is short, but never more words than the index takes. */
    private List<SearchIndex.Hit> entities(String words, int limit) {
        List<String> w = index.fold(words);
        String q = w.size() > SearchIndex.MAX_WORDS ? String.join(" ", w.subList(0, SearchIndex.MAX_WORDS)) : words;
        return index.search(new SearchIndex.Request(q, java.util.Set.copyOf(SearchIndex.ENTITY_KINDS), java.util.Set.of(), 0, limit)).items();
    }

    public List<Match> of(EntityIri missing, int limit) {
        String words = missing.slug().replace('-', ' ');
        Map<String, SearchIndex.Hit> hits = new LinkedHashMap<>();
        for (SearchIndex.Hit h : entities(words, limit * 4)) hits.putIfAbsent(h.iri(), h);
        if (hits.size() < limit) {
            List<SearchIndex.Hit> any = new ArrayList<>();
            for (String w : words.split(" ")) if (w.length() > 1) any.addAll(entities(w, limit * 4));
            any.sort((a, b) -> Float.compare(b.score(), a.score()));
            for (SearchIndex.Hit h : any) hits.putIfAbsent(h.iri(), h);
        }
        String sameKind = new org.usmx.iri.IriPolicy(idBase).namespace(missing.kind());
        Map<String, String> found = new LinkedHashMap<>();
        for (SearchIndex.Hit h : hits.values()) found.put(h.iri(), h.label());
        int budget = Math.max(1, missing.slug().length() / 4);
        List<Map.Entry<String, Integer>> near = new ArrayList<>();
        for (String iri : labels.keySet()) {
            String slug = iri.substring(iri.lastIndexOf('/') + 1);
            int d = org.usmx.search.SearchIndex.distance(slug, missing.slug(), budget);
            if (d <= budget) near.add(Map.entry(iri, d));
        }
        near.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Integer> e : near) found.putIfAbsent(e.getKey(), labels.get(e.getKey()));
        List<Match> first = new ArrayList<>(), rest = new ArrayList<>();
        for (Map.Entry<String, String> h : found.entrySet()) {
            if (h.getKey().equals(missing.iri(idBase))) continue;
            Match m = new Match(h.getKey(), h.getValue(), LocalPaths.page(h.getKey(), idBase));
            (h.getKey().startsWith(sameKind) ? first : rest).add(m);
        }
        first.addAll(rest);
        return first.size() > limit ? List.copyOf(first.subList(0, limit)) : List.copyOf(first);
    }
}
