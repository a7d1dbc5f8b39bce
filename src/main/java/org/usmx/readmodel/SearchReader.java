package org.usmx.readmodel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.usmx.linkeddata.LocalPaths;
import org.usmx.search.SearchIndex;

/**
 * The search page's read model over {@link SearchIndex}'s typed search: facets by kind and paper
 * with the index's counts over every match, paging, marked matches and "did you mean".
 */
public final class SearchReader {

    public static final int PAGE_SIZE = 20;
    private static final int SNIPPET = 260;

    private static final Map<String, String> KIND_LABELS = Map.ofEntries(
        Map.entry("person", "People"), Map.entry("org", "Organizations"), Map.entry("event", "Events"),
        Map.entry("initiative", "Initiatives"), Map.entry("factor", "Factors"), Map.entry("document", "Documents"),
        Map.entry("claim", "Claims"), Map.entry("place", "Places"), Map.entry("post", "Posts"),
        Map.entry("conflict", "Conflicts"), Map.entry("note", "Notes"), Map.entry("quantity", "Quantities"),
        Map.entry("section", "Sections"), Map.entry("citation", "Citations"), Map.entry("scheme", "Schemes"));

    private final SearchIndex index;
    private final Papers papers;
    private final Supplier<Set<String>> vocabulary;
    private final String idBase;

    /** {@code labels}: entity IRI → label, whose words make the "did you mean" vocabulary. */
    public SearchReader(SearchIndex index, Papers papers, Supplier<Map<String, String>> labels, String idBase) {
        this.index = index;
        this.papers = papers;
        this.idBase = idBase;
        this.vocabulary = new Supplier<>() {
            private volatile Set<String> words;

            @Override
            public Set<String> get() {
                if (words == null) {
                    Set<String> w = new TreeSet<>();
                    labels.get().values().forEach(l -> { for (String t : fold(l).split("[^\\p{L}\\p{N}]+")) if (t.length() > 2) w.add(t); });
                    words = w;
                }
                return words;
            }
        };
    }

    /**
     * One page of results. {@code kind} is one of the index's kinds ({@link SearchIndex#KINDS}),
     * {@code paper} a paper's id ("downie-2011"); null for no filter.
     *
     * @throws SearchIndex.InvalidRequest for a kind the index does not know
     */
    public SearchView read(String q, String kind, String paper, int page) {
        // a page searches the first MAX_WORDS words rather than refusing a long paste
        List<String> words = List.of(fold(q).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
        List<String> tokens = index.fold(q);
        String searched = tokens.size() > SearchIndex.MAX_WORDS ? String.join(" ", tokens.subList(0, SearchIndex.MAX_WORDS)) : q;
        Set<String> kinds = kind == null ? Set.of() : Set.of(kind);
        // a paper id that is no slug names no paper: it filters everything out rather than failing
        Set<String> paperIris = paper == null ? Set.of() : Set.of(org.usmx.iri.IriPolicy.isSlug(paper) ? new org.usmx.iri.IriPolicy(idBase).document(paper) : paper);
        SearchIndex.Result result = q.isBlank() ? null
            : index.search(new SearchIndex.Request(searched, kinds, paperIris, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        if (result == null) return new SearchView(q, List.of(), 0, page, PAGE_SIZE, List.of(), List.of(), kind, paper, null, false);
        List<SearchView.Hit> hits = new ArrayList<>();
        for (SearchIndex.Hit h : result.items()) {
            String label = h.label() == null || h.label().isBlank() ? h.iri().replaceAll(".*/", "") : h.label();
            String text = h.text() == null || h.text().isBlank() || h.text().equals(label) ? null : snippet(h.text(), words);
            // a text's paper says where it is from; a named thing is mentioned by several
            String p = SearchIndex.ENTITY_KINDS.contains(h.kind()) || h.papers().isEmpty() ? null : h.papers().get(0);
            hits.add(new SearchView.Hit(new Link(LocalPaths.page(h.iri(), idBase), label, h.iri()),
                singular(h.kind()), mark(label, words), text == null ? List.of() : mark(text, words),
                p == null ? null : papers.get(p).map(Papers.Paper::shortCite).orElse(p.replaceAll(".*/", ""))));
        }
        List<SearchView.Facet> kindFacets = new ArrayList<>();
        for (SearchIndex.FacetCount f : result.facets().kind()) {
            kindFacets.add(new SearchView.Facet(f.value(), KIND_LABELS.getOrDefault(f.value(), f.value()), f.count(), f.value().equals(kind)));
        }
        List<SearchView.Facet> paperFacets = new ArrayList<>();
        for (SearchIndex.FacetCount f : result.facets().paper()) {
            String id = f.value().replaceAll(".*/", "");
            paperFacets.add(new SearchView.Facet(id, papers.get(f.value()).map(Papers.Paper::shortCite).orElse(f.label()), f.count(), id.equals(paper)));
        }
        // nothing matched as written: the index may still offer close spellings (ranked last); say so, and suggest the spelling
        boolean closeOnly = result.total() > 0 && firstMatch(result, searched, kinds, paperIris) == SearchIndex.Match.CLOSE_SPELLING;
        String suggestion = result.total() == 0 || closeOnly ? didYouMean(words) : null;
        return new SearchView(q, hits, result.total(), page, PAGE_SIZE, kindFacets, paperFacets, kind, paper, suggestion, closeOnly);
    }

    /** How the best hit matched: hits come best tier first, so the first of page one tells. */
    private SearchIndex.Match firstMatch(SearchIndex.Result result, String q, Set<String> kinds, Set<String> paperIris) {
        if (result.offset() == 0 && !result.items().isEmpty()) return result.items().get(0).match();
        List<SearchIndex.Hit> first = index.search(new SearchIndex.Request(q, kinds, paperIris, 0, 1)).items();
        return first.isEmpty() ? null : first.get(0).match();
    }

    private static String singular(String kind) {
        return switch (kind) {
            case "org" -> "organization";
            case "person" -> "person";
            default -> kind;
        };
    }

    /** Case- and accent-folded, one char for one char, so positions in the folded text are positions in the original. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String d = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD);
            b.append(Character.toLowerCase(d.isEmpty() ? s.charAt(i) : d.charAt(0)));
        }
        return b.toString();
    }

    /** Splits text into runs, marking each word that starts with a searched word (prefix matches, as the index does). */
    static List<SearchView.Run> mark(String text, List<String> words) {
        String folded = fold(text);
        List<SearchView.Run> runs = new ArrayList<>();
        int i = 0, plainFrom = 0;
        while (i < text.length()) {
            boolean wordStart = Character.isLetterOrDigit(folded.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)));
            int end = i;
            if (wordStart) {
                while (end < text.length() && Character.isLetterOrDigit(folded.charAt(end))) end++;
                String word = folded.substring(i, end);
                if (words.stream().anyMatch(word::startsWith)) {
                    if (plainFrom < i) runs.add(new SearchView.Run(text.substring(plainFrom, i), false));
                    runs.add(new SearchView.Run(text.substring(i, end), true));
                    plainFrom = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        if (plainFrom < text.length()) runs.add(new SearchView.Run(text.substring(plainFrom), false));
        return runs;
    }

    /** At most {@value #SNIPPET} characters around the first matched word. */
    static String snippet(String text, List<String> words) {
        if (text.length() <= SNIPPET) return text;
        String folded = fold(text);
        int at = words.stream().mapToInt(folded::indexOf).filter(x -> x >= 0).min().orElse(0);
        int start = Math.max(0, Math.min(at - 80, text.length() - SNIPPET));
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        int end = Math.min(text.length(), start + SNIPPET);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** Each word not in the names' vocabulary replaced by the closest one (edit distance 2 at most), or null. */
    String didYouMean(List<String> words) {
        Set<String> vocab = vocabulary.get();
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String w : words) {
            if (vocab.contains(w) || w.length() < 3) {
                out.add(w);
                continue;
            }
            String best = null;
            int bestDistance = 3;
            for (String v : vocab) {
                if (Math.abs(v.length() - w.length()) >= bestDistance) continue;
                int d = org.usmx.search.SearchIndex.distance(w, v, bestDistance - 1);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = v;
                }
            }
            out.add(best == null ? w : best);
            changed |= best != null;
        }
        return changed ? String.join(" ", out) : null;
    }

    /** Lower-cased for callers comparing facet values. */
    public static String normalizeFacet(String v) {
        return v == null || v.isBlank() ? null : v.trim().toLowerCase(Locale.ROOT);
    }
}
