package org.usmx.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.usmx.search.SearchIndex;

/**
 * Suggestions for an IRI that names nothing: entities whose names match the words of the slug
 * (all words first, then any word), those of the same kind ranked first.
 */
public final class CloseMatches {

    /** One suggestion: the entity's IRI, its label and its local page. */
    public record Match(String iri, String label, String href) {}

    private final SearchIndex index;
    private final String idBase;

    public CloseMatches(SearchIndex index, String idBase) {
        this.index = index;
        this.idBase = idBase;
    }

    public List<Match> of(EntityIri missing, int limit) {
        String words = missing.slug().replace('-', ' ');
        Map<String, SearchIndex.Hit> hits = new LinkedHashMap<>();
        for (SearchIndex.Hit h : index.search(words, "entity", limit * 4)) hits.putIfAbsent(h.iri(), h);
        if (hits.size() < limit) {
            List<SearchIndex.Hit> any = new ArrayList<>();
            for (String w : words.split(" ")) if (w.length() > 1) any.addAll(index.search(w, "entity", limit * 4));
            any.sort((a, b) -> Float.compare(b.score(), a.score()));
            for (SearchIndex.Hit h : any) hits.putIfAbsent(h.iri(), h);
        }
        String sameKind = idBase + "id/" + missing.kind() + "/";
        List<Match> first = new ArrayList<>(), rest = new ArrayList<>();
        for (SearchIndex.Hit h : hits.values()) {
            if (h.iri().equals(missing.iri(idBase))) continue;
            Match m = new Match(h.iri(), h.label(), LocalPaths.page(h.iri(), idBase));
            (h.iri().startsWith(sameKind) ? first : rest).add(m);
        }
        first.addAll(rest);
        return first.size() > limit ? List.copyOf(first.subList(0, limit)) : List.copyOf(first);
    }
}
