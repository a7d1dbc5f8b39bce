package org.usmx.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.DataFiles;

/**
 * The source papers, read once: title, author, year, and their canonical texts (to tell which
 * papers use a given spelling of a name). The papers do not change while the server runs.
 */
public final class Papers {

    /** One paper: its page, title, "Deare 2009" short citation, author and issued date. */
    public record Paper(String iri, String href, String title, String shortCite, String author, String issued, String textPath) {

        public Link link() {
            return new Link(href, title, iri);
        }

        /** "Deare 2009", linking the paper's page; its IRI identifies it (the page's Sources list gives the title). */
        public Link citeLink() {
            return new Link(href, shortCite, iri);
        }

        public String year() {
            return issued == null || issued.length() < 4 ? "" : issued.substring(0, 4);
        }
    }

    private static final Query SOURCES = ClasspathQueries.query("sparql/list-sources.rq");

    private final SelectRunner runner;
    private final DataFiles files;
    private final String idBase;
    private volatile Map<String, Paper> papers;
    private final Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Paper>> usedBy = new java.util.concurrent.ConcurrentHashMap<>();

    public Papers(SelectRunner runner, DataFiles files, String idBase) {
        this.runner = runner;
        this.files = files;
        this.idBase = idBase;
    }

    public Map<String, Paper> all() {
        Map<String, Paper> p = papers;
        if (p == null) {
            Map<String, Paper> read = new LinkedHashMap<>();
            for (Map<String, String> r : runner.select(SOURCES, Map.of()).rows()) {
                String author = r.get("author");
                String surname = author == null ? r.get("paper").replaceAll(".*/", "") : surname(author);
                String issued = r.get("issued");
                String cite = surname + (issued == null ? "" : " " + issued.substring(0, Math.min(4, issued.length())));
                read.put(r.get("paper"), new Paper(r.get("paper"), LocalPaths.page(r.get("paper"), idBase),
                    r.getOrDefault("title", r.get("paper")), cite, author, issued, r.get("text")));
            }
            papers = p = Map.copyOf(read);
        }
        return p;
    }

    public Optional<Paper> get(String iri) {
        return iri == null ? Optional.empty() : Optional.ofNullable(all().get(iri));
    }

    /** "Abelardo Rodríguez Sumano" → "Rodríguez Sumano"; "Richard D. Downie" → "Downie". */
    static String surname(String author) {
        String[] words = author.trim().split("\\s+");
        if (words.length >= 3 && !words[words.length - 2].endsWith(".") && Character.isUpperCase(words[words.length - 2].charAt(0))
            && words.length >= 3 && author.chars().anyMatch(c -> c > 127)) {
            // Spanish double surnames: the last two words
            return words[words.length - 2] + " " + words[words.length - 1];
        }
        return words[words.length - 1];
    }

    /**
     * The papers whose canonical text contains the spelling (as a whole phrase, case as written).
     * Kept per spelling: the texts never change while a store is served, and an entity page asks
     * for every alias, each a scan of every paper's text.
     */
    public List<Paper> using(String spelling) {
        return usedBy.computeIfAbsent(spelling, s -> all().values().stream().filter(paper -> containsPhrase(text(paper), s)).toList());
    }

    /** A letter or a number of any kind (\\p{L} or \\p{N}: superscript note markers count as numbers). */
    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
            || type == Character.OTHER_NUMBER;
    }

    /** The phrase occurs with no letter or number right before or after it. */
    static boolean containsPhrase(String text, String phrase) {
        if (phrase.isEmpty()) return false;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !isWordChar(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !isWordChar(text.codePointAt(end));
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    private String text(Paper paper) {
        if (paper.textPath() == null || files == null) return "";
        return texts.computeIfAbsent(paper.iri(), k -> {
            try {
                return files.canonicalText(paper.textPath());
            } catch (RuntimeException e) {
                return "";
            }
        });
    }
}
