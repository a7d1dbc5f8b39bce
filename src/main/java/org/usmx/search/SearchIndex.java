package org.usmx.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Search over every labelled node of the graph (organizations, people, places, events,
 * initiatives, posts, factors, documents, sections, notes, claims, quantities), built with
 * Lucene from the store at start (the graph changes only on rebuild).
 *
 * <p>Ranking is by tiers, then Lucene's BM25 score within a tier: an identifier (IRI, prefixed
 * name, kind/slug) that names a node; the exact preferred name; an exact alias or slug; all words
 * in any order; some words; close spellings (one or two edits). Names and slugs match word
 * prefixes too (typeahead). Facets count kinds and papers over every match, not one page.
 */
public final class SearchIndex {

    /** Kinds of node the index holds, in the order facets list them. */
    public static final List<String> KINDS = List.of("org", "person", "place", "event", "initiative", "post", "factor",
        "document", "section", "note", "claim", "quantity");
    /** What {@code kind=entity} stands for: the named things, not texts about them. */
    public static final List<String> ENTITY_KINDS = List.of("org", "person", "place", "event", "initiative", "post", "factor");
    /** More words than this is not a search (and would exceed Lucene's clause budget). */
    public static final int MAX_WORDS = 256;

    /** How a hit matched, best first. */
    public enum Match {
        IDENTIFIER("identifier"), NAME("name"), ALIAS("alias"), ALL_WORDS("all words"), SOME_WORDS("some words"),
        CLOSE_SPELLING("close spelling");

        private final String label;

        Match(String label) { this.label = label; }

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() { return label; }
    }

    /** A piece of a snippet: text as written in the source, marked when it is a matched word. */
    public record Fragment(String text, boolean marked) {}

    /**
     * One hit. {@code label} is the node's name (a claim's paraphrase); {@code quote} the words of
     * the paper (a claim's or quantity's quote, a note's text), null for named things;
     * {@code snippet} the passage where the words matched, with those words marked.
     */
    public record Hit(String kind, String iri, String label, String quote, List<String> papers, Match match,
                      List<Fragment> snippet, float score) {

        /** The snippet as plain text. */
        public String text() {
            StringBuilder b = new StringBuilder();
            snippet.forEach(f -> b.append(f.text()));
            return b.toString();
        }
    }

    /** A facet value and how many matches carry it. */
    public record FacetCount(String value, String label, long count) {}

    /** Counts over every match: by kind (ignoring the kind filter) and by paper (ignoring the paper filter). */
    public record Facets(List<FacetCount> kind, List<FacetCount> paper) {}

    /** One page of results; {@code total} counts every match, {@code resolved} the node an identifier named. */
    public record Result(String query, String resolved, long total, int limit, int offset, List<Hit> items, Facets facets) {}

    /** A request: words (or an identifier), optional kind and paper filters (IRIs), a window. */
    public record Request(String q, Set<String> kinds, Set<String> papers, int offset, int limit) {
        public static Request of(String q, String kind, int limit) {
            return new Request(q, kind == null ? Set.of() : Set.of(kind), Set.of(), 0, limit);
        }
    }

    /** A request the index cannot answer: which parameter, why, and what the caller may have meant. */
    public static final class InvalidRequest extends IllegalArgumentException {
        private final String parameter;
        private final List<String> closeMatches;

        public InvalidRequest(String parameter, String message, List<String> closeMatches) {
            super(message);
            this.parameter = parameter;
            this.closeMatches = List.copyOf(closeMatches);
        }

        public String parameter() { return parameter; }

        public List<String> closeMatches() { return closeMatches; }
    }

    /** What the index knows about a node, kept in memory for tiers, snippets and facets. */
    private record Node(String iri, String kind, String slug, String label, List<String> aliases, String quote,
                        List<String> papers) {}

    private static final String IRI = "iri", KIND = "kind", PAPER = "paper", NAMES = "names", NAMES_PREFIX = "names_prefix",
        TEXT = "text";
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "to", "for",
        "by", "at", "de", "la", "el", "los", "las", "del", "y", "en");
    private static final int SNIPPET_CHARS = 220;

    static {
        IndexSearcher.setMaxClauseCount(16 * 1024);
    }

    private final Analyzer words = FoldingAnalyzers.words();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, String> paperLabels = new TreeMap<>();
    private final IndexSearcher searcher;
    /** Reads identifiers (kind/slug, prefixed names) under the configured IRI base. */
    private final Identifiers identifiers;

    /** @param idBase the configured IRI base (Settings.idBase) the store's entities are under */
    public SearchIndex(SelectRunner runner, String idBase) {
        org.usmx.iri.IriPolicy iris = new org.usmx.iri.IriPolicy(idBase);
        this.identifiers = new Identifiers(idBase);
        Map<String, Map<String, List<String>>> fields = new LinkedHashMap<>();
        for (Map<String, String> r : runner.forBuilding().select(ClasspathQueries.query("sparql/search-nodes.rq"), Map.of()).rows()) {
            fields.computeIfAbsent(r.get("node"), k -> new HashMap<>()).computeIfAbsent(r.get("field"), k -> new ArrayList<>()).add(r.get("value"));
        }
        Map<String, String> titles = new HashMap<>();
        fields.forEach((iri, f) -> first(f, "title").ifPresent(t -> titles.put(iri, t)));
        fields.forEach((iri, f) -> {
            Node n = node(iris, iri, f, titles);
            if (n != null) nodes.put(iri, n);
        });
        for (Node n : nodes.values()) for (String p : n.papers()) paperLabels.putIfAbsent(p, titles.getOrDefault(p, slugOf(p)));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(NAMES_PREFIX, FoldingAnalyzers.prefixes()));
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
            for (Node n : nodes.values()) {
                Document d = new Document();
                d.add(new StringField(IRI, n.iri(), Field.Store.YES));
                d.add(new StringField(KIND, n.kind(), Field.Store.NO));
                for (String p : n.papers()) d.add(new StringField(PAPER, p, Field.Store.NO));
                String names = String.join(" | ", names(n));
                d.add(new TextField(NAMES, names, Field.Store.NO));
                d.add(new TextField(NAMES_PREFIX, names, Field.Store.NO));
                if (n.quote() != null) d.add(new TextField(TEXT, n.quote(), Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(org.usmx.iri.IriPolicy iris, String iri, Map<String, List<String>> f, Map<String, String> titles) {
        var entity = iris.parse(iri).filter(e -> KINDS.contains(e.kind())).orElse(null);
        if (entity == null) return null;
        String kind = entity.kind(), slug = entity.slug();
        String quote = first(f, "text").or(() -> kind.equals("note") ? Optional.empty() : first(f, "quote")).orElse(null);
        List<String> papers = new ArrayList<>(new LinkedHashSet<>(f.getOrDefault("paper", List.of())));
        if (kind.equals("document")) papers.add(iri);
        // a named thing is in every paper that names it; a text (claim, note, quantity) in the one that states it
        boolean named = ENTITY_KINDS.contains(kind) || kind.equals("document");
        if (named) for (String m : f.getOrDefault("mentionedIn", List.of())) if (!papers.contains(m)) papers.add(m);
        Optional<String> label = first(f, "label").or(() -> first(f, "title")).or(() -> first(f, "rdfslabel"));
        if (label.isEmpty() && kind.equals("note") && quote != null) {
            String paper = papers.isEmpty() ? "" : " of " + titles.getOrDefault(papers.get(0), slugOf(papers.get(0)));
            label = Optional.of("Note " + first(f, "number").orElse(slug) + paper);
        }
        if (label.isEmpty()) return null;
        List<String> aliases = new ArrayList<>();
        for (String k : List.of("alias", "title", "rdfslabel", "label")) {
            for (String a : f.getOrDefault(k, List.of())) if (!a.equals(label.get()) && !aliases.contains(a)) aliases.add(a);
        }
        return new Node(iri, kind, slug, label.get(), List.copyOf(aliases), quote, List.copyOf(papers));
    }

    private static Optional<String> first(Map<String, List<String>> f, String field) {
        List<String> v = f.get(field);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.stream().sorted().findFirst().get());
    }

    private static List<String> names(Node n) {
        List<String> out = new ArrayList<>();
        out.add(n.label());
        out.addAll(n.aliases());
        out.add(n.slug().replace('-', ' '));
        return out;
    }

    private static String slugOf(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    // ---------------------------------------------------------------------------------------------
    // What the index knows (for resolving filters and close matches elsewhere)

    public boolean contains(String iri) {
        return nodes.containsKey(iri);
    }

    public Optional<String> label(String iri) {
        return Optional.ofNullable(nodes.get(iri)).map(Node::label);
    }

    /** A node's preferred name then its other names (aliases, titles). */
    public List<String> names(String iri) {
        Node n = nodes.get(iri);
        if (n == null) return List.of();
        List<String> out = new ArrayList<>();
        out.add(n.label());
        out.addAll(n.aliases());
        return out;
    }

    /** The words of a text as the index compares them: lower case, accents folded. */
    public List<String> fold(String text) {
        return tokens(text);
    }

    public Optional<String> kindOf(String iri) {
        return Optional.ofNullable(nodes.get(iri)).map(Node::kind);
    }

    /** Every paper some node is stated in or mentioned by, with its title. */
    public Map<String, String> papers() {
        return paperLabels;
    }

    /**
     * Nodes the caller may have meant by an identifier or name that names nothing: nodes whose
     * slug is a few edits from its last segment, then search hits for its words.
     */
    public List<Hit> closeMatches(String written, Set<String> kinds, int limit) {
        String local = Identifiers.localName(written).toLowerCase(Locale.ROOT);
        int budget = Math.max(1, local.length() / 4);
        List<Map.Entry<Node, Integer>> near = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (!kinds.isEmpty() && !kinds.contains(n.kind())) continue;
            int d = Math.min(distance(n.slug(), local, budget), local.length() >= 3 && n.slug().startsWith(local + "-") ? 1 : budget + 1);
            if (d <= budget) near.add(Map.entry(n, d));
        }
        near.sort(Map.Entry.<Node, Integer>comparingByValue().thenComparing(e -> e.getKey().slug().length()));
        Map<String, Hit> out = new LinkedHashMap<>();
        for (var e : near) out.putIfAbsent(e.getKey().iri(), hit(e.getKey(), Match.CLOSE_SPELLING, List.of(), 0));
        String asWords = local.replace('-', ' ').replace('_', ' ');
        if (out.size() < limit && !asWords.isBlank() && tokens(asWords).size() <= MAX_WORDS) {
            for (Hit h : search(new Request(asWords, kinds, Set.of(), 0, limit)).items()) out.putIfAbsent(h.iri(), h);
        }
        return out.values().stream().limit(limit).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Search

    public Result search(Request req) {
        for (String k : req.kinds()) {
            if (!KINDS.contains(k)) throw new InvalidRequest("kind", "Unknown kind \"" + k + "\"; kinds are entity, " + String.join(", ", KINDS) + ".", closeWords(k, KINDS));
        }
        String q = req.q() == null ? "" : req.q().trim();
        List<String> terms = tokens(q);
        if (terms.size() > MAX_WORDS) {
            throw new InvalidRequest("q", "q has " + terms.size() + " words; at most " + MAX_WORDS + " are searched.", List.of());
        }
        Optional<Node> named = identified(q);
        if (terms.isEmpty() && named.isEmpty()) return new Result(q, null, 0, req.limit(), req.offset(), List.of(), new Facets(List.of(), List.of()));
        Map<String, Ranked> all = new LinkedHashMap<>();
        named.ifPresent(n -> all.put(n.iri(), new Ranked(hit(n, Match.IDENTIFIER, List.of(n.label()), Float.MAX_VALUE), 1)));
        if (!terms.isEmpty()) {
            for (ScoreDoc sd : candidates(terms)) {
                try {
                    Node n = nodes.get(searcher.storedFields().document(sd.doc).get(IRI));
                    if (all.containsKey(n.iri())) continue;
                    Match m = match(n, q, terms);
                    all.put(n.iri(), new Ranked(hit(n, m, terms, sd.score), coverage(n, terms)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        List<Ranked> order = new ArrayList<>(all.values());
        // within a tier: the name the words cover best ("Gen. Renuart" is all of "General Renuart",
        // a sliver of "General Renuart's visit to Mexico"), then BM25, then the shorter name
        order.sort(Comparator.comparing((Ranked r) -> r.hit().match()).thenComparing(Ranked::coverage, Comparator.reverseOrder())
            .thenComparing(r -> r.hit().score(), Comparator.reverseOrder()).thenComparing(r -> r.hit().label().length()));
        List<Hit> ranked = order.stream().map(Ranked::hit).toList();
        List<Hit> kept = ranked.stream().filter(h -> inKinds(h, req.kinds()) && inPapers(h, req.papers())).toList();
        Facets facets = new Facets(
            count(ranked.stream().filter(h -> inPapers(h, req.papers())).map(h -> List.of(h.kind())).toList(), v -> v),
            count(ranked.stream().filter(h -> inKinds(h, req.kinds())).map(Hit::papers).toList(), v -> paperLabels.getOrDefault(v, slugOf(v))));
        List<Hit> page = kept.subList(Math.min(req.offset(), kept.size()), (int) Math.min((long) req.offset() + req.limit(), kept.size()));
        return new Result(q, named.map(Node::iri).orElse(null), kept.size(), req.limit(), req.offset(), List.copyOf(page), facets);
    }

    private static boolean inKinds(Hit h, Set<String> kinds) {
        return kinds.isEmpty() || kinds.contains(h.kind());
    }

    private static boolean inPapers(Hit h, Set<String> papers) {
        return papers.isEmpty() || h.papers().stream().anyMatch(papers::contains);
    }

    private static List<FacetCount> count(List<List<String>> values, java.util.function.UnaryOperator<String> label) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (List<String> vs : values) for (String v : vs) counts.merge(v, 1L, Long::sum);
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
            .map(e -> new FacetCount(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }

    private record Ranked(Hit hit, double coverage) {}

    /** The largest share of one name's words (label, alias or slug) that the query's words match. */
    private double coverage(Node n, List<String> terms) {
        double best = 0;
        for (String name : names(n)) {
            List<String> nt = tokens(name);
            if (nt.isEmpty()) continue;
            int covered = 0;
            for (String w : nt) if (terms.stream().anyMatch(t -> w.equals(t) || (t.length() >= 2 && w.startsWith(t)))) covered++;
            best = Math.max(best, (double) covered / nt.size());
        }
        return Math.round(best * 10) / 10.0;
    }

    /** A node the query names by identifier: full IRI, prefixed name, kind/slug. */
    private Optional<Node> identified(String q) {
        if (q.isEmpty() || q.contains(" ")) return Optional.empty();
        return identifiers.iri(q).map(nodes::get);
    }

    /** Every node one of the words matches: on names (exact, prefix, close spelling) or on text. */
    private List<ScoreDoc> candidates(List<String> terms) {
        boolean onlyStopWords = terms.stream().allMatch(STOP_WORDS::contains);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(terms)) {
            if (!onlyStopWords && STOP_WORDS.contains(t)) continue;
            any.add(new BoostQuery(new TermQuery(new Term(NAMES, t)), 3f), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
            if (t.length() >= 2) any.add(new BoostQuery(new TermQuery(new Term(NAMES_PREFIX, t)), 1f), BooleanClause.Occur.SHOULD);
            if (t.length() >= 4) any.add(new BoostQuery(new FuzzyQuery(new Term(NAMES, t), t.length() >= 7 ? 2 : 1), 0.3f), BooleanClause.Occur.SHOULD);
        }
        Query query = any.build();
        try {
            TopDocs top = searcher.search(query, Math.max(1, nodes.size()));
            return List.of(top.scoreDocs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tier of a candidate. */
    private Match match(Node n, String q, List<String> terms) {
        String phrase = String.join(" ", terms);
        if (String.join(" ", tokens(n.label())).equals(phrase)) return Match.NAME;
        for (String a : n.aliases()) if (String.join(" ", tokens(a)).equals(phrase)) return Match.ALIAS;
        if (n.slug().equals(q.toLowerCase(Locale.ROOT)) || n.slug().replace('-', ' ').equals(phrase)) return Match.ALIAS;
        List<String> nameTokens = new ArrayList<>();
        for (String name : names(n)) nameTokens.addAll(tokens(name));
        Set<String> textTokens = n.quote() == null ? Set.of() : Set.copyOf(tokens(n.quote()));
        List<String> meaningful = terms.stream().filter(t -> !STOP_WORDS.contains(t)).toList();
        if (meaningful.isEmpty()) meaningful = terms;
        int hit = 0;
        for (String t : meaningful) if (wordMatches(t, nameTokens, textTokens)) hit++;
        if (hit == meaningful.size()) return Match.ALL_WORDS;
        if (hit > 0) return Match.SOME_WORDS;
        return Match.CLOSE_SPELLING;
    }

    private static boolean wordMatches(String t, List<String> nameTokens, Set<String> textTokens) {
        if (textTokens.contains(t)) return true;
        for (String nt : nameTokens) if (nt.equals(t) || (t.length() >= 2 && nt.startsWith(t))) return true;
        return false;
    }

    private Hit hit(Node n, Match m, List<String> terms, float score) {
        List<String> ts = terms.stream().map(t -> String.join(" ", tokens(t))).filter(t -> !t.isEmpty()).toList();
        String source = snippetSource(n, ts, m);
        return new Hit(n.kind(), n.iri(), n.label(), n.quote(), n.papers(), m, snippet(source, ts), score);
    }

    /** The passage to show: the quote or text if the words are in it, else the name that matched. */
    private String snippetSource(Node n, List<String> terms, Match m) {
        if (m == Match.NAME || m == Match.IDENTIFIER) return n.label();
        if (n.quote() != null && marks(n.quote(), terms) > 0) return n.quote();
        String best = n.label();
        int bestMarks = marks(best, terms);
        for (String a : n.aliases()) {
            int k = marks(a, terms);
            if (k > bestMarks) { best = a; bestMarks = k; }
        }
        return best;
    }

    private int marks(String text, List<String> terms) {
        int k = 0;
        for (int[] span : spans(text)) if (marked(text.substring(span[0], span[1]), terms)) k++;
        return k;
    }

    private boolean marked(String word, List<String> terms) {
        List<String> folded = tokens(word);
        if (folded.isEmpty()) return false;
        String w = folded.get(0);
        for (String t : terms) if (w.equals(t) || (t.length() >= 2 && w.startsWith(t))) return true;
        return false;
    }

    /** The source cut to a window around the first matched word, matched words marked. */
    List<Fragment> snippet(String source, List<String> terms) {
        List<int[]> matched = new ArrayList<>();
        for (int[] span : spans(source)) if (marked(source.substring(span[0], span[1]), terms)) matched.add(span);
        int from = 0, to = source.length();
        if (source.length() > SNIPPET_CHARS) {
            int anchor = matched.isEmpty() ? 0 : matched.get(0)[0];
            from = Math.max(0, anchor - SNIPPET_CHARS / 3);
            while (from > 0 && !Character.isWhitespace(source.charAt(from - 1))) from--;
            to = Math.min(source.length(), from + SNIPPET_CHARS);
            while (to < source.length() && !Character.isWhitespace(source.charAt(to))) to++;
        }
        List<Fragment> out = new ArrayList<>();
        if (from > 0) out.add(new Fragment("…", false));
        int at = from;
        for (int[] span : matched) {
            if (span[0] < from || span[1] > to) continue;
            if (span[0] > at) out.add(new Fragment(source.substring(at, span[0]), false));
            out.add(new Fragment(source.substring(span[0], span[1]), true));
            at = span[1];
        }
        if (at < to) out.add(new Fragment(source.substring(at, to), false));
        if (to < source.length()) out.add(new Fragment("…", false));
        return out;
    }

    /** Start and end offsets of the words of a text (letters and digits). */
    private static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
                out.add(new int[] {start, i});
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    List<String> tokens(String q) {
        List<String> out = new ArrayList<>();
        try (var ts = words.tokenStream(NAMES, q)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Values a few edits from {@code wrong}, closest first (for "did you mean"). */
    public static List<String> closeWords(String wrong, List<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int budget = Math.max(2, w.length() / 3);
        return known.stream().map(k -> Map.entry(k, Math.min(distance(k.toLowerCase(Locale.ROOT), w, budget),
                k.toLowerCase(Locale.ROOT).startsWith(w) || w.startsWith(k.toLowerCase(Locale.ROOT)) ? 1 : budget + 1)))
            .filter(e -> e.getValue() <= budget).sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).limit(5).toList();
    }

    /** Levenshtein distance, or anything above {@code max} once it is certain to exceed it. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return max + 1;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
