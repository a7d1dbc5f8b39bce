package org.usmx.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Full-text search over entity names and claim text, built with Lucene from the store at start
 * (the graph changes only on rebuild). Ranking is Lucene's BM25 with field weights: a query that
 * is exactly one of an entity's names (folded) counts most, then whole-word matches on the
 * preferred label, then other names, then prefixes (autocomplete).
 */
public final class SearchIndex {

    /** One hit: what it is, its IRI, its label, a snippet for claims, and Lucene's score. */
    public record Hit(String kind, String iri, String label, String text, float score) {}

    private static final String KIND = "kind", IRI = "iri", LABEL = "label", PREF = "pref", NAMES = "names",
        NAMES_PREFIX = "names_prefix", TEXT = "text", PAPER = "paper",
        EXACT = "exact";

    private final Directory dir = new ByteBuffersDirectory();
    private final Analyzer words = FoldingAnalyzers.words();
    private final IndexSearcher searcher;

    public SearchIndex(SelectRunner runner) {
        Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(NAMES_PREFIX, FoldingAnalyzers.prefixes()));
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
            Map<String, Set<String>> names = new LinkedHashMap<>();
            Map<String, String> prefs = new LinkedHashMap<>();
            for (Map<String, String> r : runner.select(ClasspathQueries.query("sparql/search-entities.rq"), Map.of()).rows()) {
                prefs.putIfAbsent(r.get("entity"), r.get("prefLabel"));
                Set<String> n = names.computeIfAbsent(r.get("entity"), k -> new TreeSet<>());
                n.add(r.get("prefLabel"));
                if (r.get("name") != null) n.add(r.get("name"));
            }
            for (var e : prefs.entrySet()) {
                Document d = new Document();
                d.add(new StringField(KIND, "entity", Field.Store.YES));
                d.add(new StringField(IRI, e.getKey(), Field.Store.YES));
                d.add(new StoredField(LABEL, e.getValue()));
                d.add(new TextField(PREF, e.getValue(), Field.Store.NO));
                String all = String.join(" | ", names.get(e.getKey()));
                d.add(new TextField(NAMES, all, Field.Store.YES));
                d.add(new TextField(NAMES_PREFIX, all, Field.Store.NO));
                // each whole name, folded, so a query that is exactly one of its names ranks it first
                for (String name : names.get(e.getKey())) d.add(new StringField(EXACT, String.join(" ", tokens(name)), Field.Store.NO));
                w.addDocument(d);
            }
            for (Map<String, String> r : runner.select(ClasspathQueries.query("sparql/search-claims.rq"), Map.of()).rows()) {
                Document d = new Document();
                d.add(new StringField(KIND, "claim", Field.Store.YES));
                d.add(new StringField(IRI, r.get("claim"), Field.Store.YES));
                d.add(new StoredField(LABEL, r.getOrDefault("label", "")));
                d.add(new StoredField(PAPER, r.get("paper")));
                d.add(new TextField(TEXT, r.get("quote") + " " + r.getOrDefault("label", ""), Field.Store.YES));
                w.addDocument(d);
            }
            w.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Most distinct words a search uses (each word is several Lucene clauses; Lucene caps their number). */
    public static final int MAX_WORDS = 64;

    /** The number of distinct words {@code q} searches for, after folding. */
    public int distinctWords(String q) {
        return new java.util.LinkedHashSet<>(tokens(q)).size();
    }

    /** Ranked hits for the words of {@code q} (its first {@link #MAX_WORDS} distinct ones); {@code kind} "entity", "claim" or null for both. */
    public List<Hit> search(String q, String kind, int limit) {
        List<String> terms = tokens(q);
        if (new java.util.HashSet<>(terms).size() > MAX_WORDS) terms = new ArrayList<>(new java.util.LinkedHashSet<>(terms)).subList(0, MAX_WORDS);
        if (terms.isEmpty()) return List.of();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            BooleanQuery.Builder one = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(PREF, t)), 4f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(NAMES, t)), 2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(NAMES_PREFIX, t)), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(TEXT, t)), 0.5f), BooleanClause.Occur.SHOULD);
            all.add(one.build(), BooleanClause.Occur.MUST);
        }
        all.add(new BoostQuery(new TermQuery(new Term(EXACT, String.join(" ", terms))), 20f), BooleanClause.Occur.SHOULD);
        if (kind != null) all.add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER);
        Query query = all.build();
        try {
            TopDocs top = searcher.search(query, limit);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                String text = "claim".equals(d.get(KIND)) ? d.get(TEXT) : d.get(NAMES);
                hits.add(new Hit(d.get(KIND), d.get(IRI), d.get(LABEL), text, sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> tokens(String q) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = words.tokenStream(NAMES, q)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

}
