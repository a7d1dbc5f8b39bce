package org.usmx.readmodel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.usmx.linkeddata.LocalPaths;
import org.usmx.search.SearchIndex;

/**
 * The search page's read model over {@link SearchIndex}: facets by kind (the IRI's kind segment)
 * and paper (a claim's paper, which its IRI names), paging, marked matches and "did you mean".
 */
public final class SearchReader {

    public static final int PAGE_SIZE = 20;
    /** Hits considered for facets and paging; beyond this the total is reported as "at least". */
    static final int CANDIDATES = 1000;
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

    public SearchView read(String q, String kind, String paper, int page) {
        List<SearchIndex.Hit> candidates = q.isBlank() ? List.of() : index.search(q, null, CANDIDATES);
        List<String> words = List.of(fold(q).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
        Map<String, Long> kindCounts = new TreeMap<>();
        Map<String, Long> paperCounts = new LinkedHashMap<>();
        List<SearchIndex.Hit> filtered = new ArrayList<>();
        for (SearchIndex.Hit h : candidates) {
            String k = segment(h.iri());
            String p = paperOf(h.iri(), k);
            boolean kindOk = kind == null || kind.equals(k);
            boolean paperOk = paper == null || paper.equals(p);
            if (paperOk) kindCounts.merge(k, 1L, Long::sum);
            if (kindOk && p != null) paperCounts.merge(p, 1L, Long::sum);
            if (kindOk && paperOk) filtered.add(h);
        }
        int from = Math.min((page - 1) * PAGE_SIZE, filtered.size());
        List<SearchView.Hit> hits = new ArrayList<>();
        for (SearchIndex.Hit h : filtered.subList(from, Math.min(from + PAGE_SIZE, filtered.size()))) {
            String k = segment(h.iri());
            String label = h.label() == null || h.label().isBlank() ? h.iri().replaceAll(".*/", "") : h.label();
            String text = h.text() == null || h.text().equals(label) ? null : snippet(h.text(), words);
            String p = paperOf(h.iri(), k);
            hits.add(new SearchView.Hit(new Link(LocalPaths.page(h.iri(), idBase), label, h.iri()),
                singular(k), mark(label, words), text == null ? List.of() : mark(text, words),
                p == null ? null : papers.get(idBase + "id/document/" + p).map(Papers.Paper::shortCite).orElse(p)));
        }
        List<SearchView.Facet> kindFacets = new ArrayList<>();
        kindCounts.forEach((k, n) -> kindFacets.add(new SearchView.Facet(k, KIND_LABELS.getOrDefault(k, k), n, k.equals(kind))));
        kindFacets.sort((a, b) -> Long.compare(b.count(), a.count()));
        List<SearchView.Facet> paperFacets = new ArrayList<>();
        paperCounts.forEach((p, n) -> paperFacets.add(new SearchView.Facet(p,
            papers.get(idBase + "id/document/" + p).map(Papers.Paper::shortCite).orElse(p), n, p.equals(paper))));
        // nothing matched as written: the index may still offer close spellings; say so, and suggest the spelling
        boolean closeOnly = !candidates.isEmpty() && candidates.stream().allMatch(h -> h.match() == SearchIndex.Match.CLOSE_SPELLING);
        String suggestion = (candidates.isEmpty() || closeOnly) && !q.isBlank() ? didYouMean(words) : null;
        return new SearchView(q, hits, filtered.size(), candidates.size() == CANDIDATES, page, PAGE_SIZE,
            kindFacets, paperFacets, kind, paper, suggestion, closeOnly);
    }

    /** The kind segment of an IRI under {base}id/ ("person", "claim"…). */
    String segment(String iri) {
        String rest = iri.startsWith(idBase + "id/") ? iri.substring(idBase.length() + 3) : iri;
        int slash = rest.indexOf('/');
        return slash < 0 ? "other" : rest.substring(0, slash);
    }

    /** A claim's paper: claim IRIs are {paper}-c{n} under the URI policy (docs/uri-policy.md). */
    private String paperOf(String iri, String kind) {
        if (!"claim".equals(kind)) return null;
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        for (Papers.Paper p : papers.all().values()) {
            String id = p.iri().substring(p.iri().lastIndexOf('/') + 1);
            if (slug.startsWith(id + "-")) return id;
        }
        return null;
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
