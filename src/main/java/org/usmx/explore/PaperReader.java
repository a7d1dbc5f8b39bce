package org.usmx.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.DataFiles;
import org.usmx.web.PageMeta;

/**
 * Builds a {@link ReaderView}: a paper's canonical text cut into sections and paragraphs, with
 * every claim of the body highlighted where its quote stands (offsets from the quote's Web
 * Annotation, in code points) and every footnote marker where the cleaner found it. The notes
 * follow the body in the canonical text; they are shown as a list with their cited works, and
 * claims quoted from a note's text are not highlighted in the body.
 */
public final class PaperReader {

    private static final Query PAPER = ClasspathQueries.query("sparql/reader-paper.rq");
    private static final Query CLAIMS = ClasspathQueries.query("sparql/reader-claims.rq");
    private static final Query SECTIONS = ClasspathQueries.query("sparql/reader-sections.rq");
    private static final Query NOTES = ClasspathQueries.query("sparql/reader-notes.rq");
    private static final String USMX = org.usmx.store.Vocab.ONT; // the vocabulary: fixed whatever --id-base
    /** Claim types in the order the legend lists them, with their reader-facing names. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("CausalClaim", "Causal");
        TYPES.put("FactualClaim", "Factual");
        TYPES.put("EvaluativeClaim", "Evaluative");
        TYPES.put("Recommendation", "Recommendation");
        TYPES.put("ScenarioClaim", "Scenario / option");
        TYPES.put("Prediction", "Prediction");
    }

    private record Span(String claim, String type, String label, int start, int end) {}

    private record Heading(String iri, String parent, String title, int start, int end) {}

    private final SelectRunner runner;
    private final DataFiles files;
    private final String idBase;
    private final String paperNames;

    /** paperNames: JSON object paper IRI → short name, for the side panel's script. */
    public PaperReader(SelectRunner runner, DataFiles files, String idBase, String paperNames) {
        this.paperNames = paperNames;
        this.runner = runner;
        this.files = files;
        this.idBase = idBase;
    }

    /** The reading of paper {@code id} (downie-2011), or empty if there is no such source paper. */
    public Optional<ReaderView> read(String id) {
        String paper = new org.usmx.iri.IriPolicy(idBase).namespace("document") + id;
        Map<String, Node> bind = Map.of("paper", NodeFactory.createURI(paper));
        List<Map<String, String>> head = runner.select(PAPER, bind).rows();
        if (head.isEmpty()) return Optional.empty();
        Map<String, String> h = head.get(0);
        int[] text = files.canonicalText(h.get("text")).codePoints().toArray();

        Map<Integer, ReaderView.Note> notes = new TreeMap<>();
        Map<Integer, List<ReaderView.Work>> cites = new HashMap<>();
        Map<Integer, Integer> markers = new TreeMap<>();
        int bodyEnd = text.length;
        for (Map<String, String> r : runner.select(NOTES, bind).rows()) {
            int n = Integer.parseInt(r.get("number"));
            if (r.containsKey("marker")) markers.put(Integer.parseInt(r.get("marker")), n);
            if (r.containsKey("textStart")) bodyEnd = Math.min(bodyEnd, Integer.parseInt(r.get("textStart")));
            List<ReaderView.Work> works = cites.computeIfAbsent(n, k -> new ArrayList<>());
            notes.putIfAbsent(n, new ReaderView.Note(n, r.getOrDefault("text", ""), works));
            if (r.containsKey("work") && works.stream().noneMatch(w -> w.href().equals(LocalPaths.page(r.get("work"), idBase)))) {
                works.add(new ReaderView.Work(LocalPaths.page(r.get("work"), idBase), r.getOrDefault("workTitle", r.get("work")),
                    r.get("author"), r.get("issued")));
            }
        }
        List<Heading> headings = new ArrayList<>();
        for (Map<String, String> r : runner.select(SECTIONS, bind).rows()) {
            headings.add(new Heading(r.get("section"), r.get("parent"), r.get("title"), Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))));
        }
        // the notes section's heading ends the body too
        for (Heading s : headings) if (s.iri().endsWith("-notes")) bodyEnd = Math.min(bodyEnd, s.start());
        List<Heading> ordered = inOrder(headings, paper, bodyEnd);

        List<Span> spans = new ArrayList<>();
        Map<String, Integer> perType = new HashMap<>();
        for (Map<String, String> r : runner.select(CLAIMS, bind).rows()) {
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            if (end > bodyEnd || spans.stream().anyMatch(s -> s.claim().equals(r.get("claim")))) continue;
            String type = r.get("type").substring(USMX.length());
            spans.add(new Span(r.get("claim"), type, r.getOrDefault("label", ""), start, end));
            perType.merge(type, 1, Integer::sum);
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()).thenComparing(Span::claim));

        List<ReaderView.Section> sections = new ArrayList<>();
        int first = ordered.isEmpty() ? bodyEnd : ordered.get(0).start();
        if (first > 0) sections.add(section("front-matter", null, 2, List.of(), 0, first, text, spans, markers));
        for (int i = 0; i < ordered.size(); i++) {
            Heading s = ordered.get(i);
            int to = i + 1 < ordered.size() ? ordered.get(i + 1).start() : bodyEnd;
            int level = s.parent().equals(paper) ? 2 : 3;
            int headingEnd = Math.min(s.end(), to);
            sections.add(section(s.iri().substring(s.iri().lastIndexOf('/') + 1), s.title(), level,
                runs(text, s.start(), headingEnd, spans, markers), headingEnd, to, text, spans, markers));
        }
        List<ReaderView.TypeCount> legend = TYPES.entrySet().stream().filter(t -> perType.containsKey(t.getKey()))
            .map(t -> new ReaderView.TypeCount(t.getKey(), t.getValue(), perType.get(t.getKey()))).toList();
        String title = h.getOrDefault("title", id);
        PageMeta meta = PageMeta.of(title + " — read with its claims", PageMeta.Section.EXPLORE)
            .withDescription("The text of " + title + " with every claim highlighted where it stands.")
            .withStylesheet("explore/explore.css").withScript("explore/reader.js");
        return Optional.of(new ReaderView(meta, paperNames, id, LocalPaths.page(paper, idBase), title, h.get("author"), h.get("issued"),
            spans.size(), legend, sections, List.copyOf(notes.values())));
    }

    /** Sections by start; a subsection whose heading was anchored before its parent's (a table of contents hit) is dropped. */
    private static List<Heading> inOrder(List<Heading> all, String paper, int bodyEnd) {
        Map<String, Integer> startOf = new HashMap<>();
        all.forEach(s -> startOf.put(s.iri(), s.start()));
        List<Heading> out = new ArrayList<>();
        for (Heading s : all) {
            if (s.start() >= bodyEnd) continue;
            if (!s.parent().equals(paper) && startOf.getOrDefault(s.parent(), -1) > s.start()) continue;
            out.add(s);
        }
        out.sort(Comparator.comparingInt(Heading::start).thenComparing(Heading::iri));
        return out;
    }

    private ReaderView.Section section(String id, String title, int level, List<ReaderView.Run> heading, int from, int to, int[] text,
                                       List<Span> spans, Map<Integer, Integer> markers) {
        List<List<ReaderView.Run>> paragraphs = new ArrayList<>();
        int p = from;
        while (p < to) {
            int end = paragraphEnd(text, p, to);
            List<ReaderView.Run> runs = runs(text, p, end, spans, markers);
            if (runs.stream().anyMatch(r -> r.isMarker() || !r.text().isBlank())) paragraphs.add(runs);
            p = end;
            while (p < to && (text[p] == '\n')) p++;
        }
        return new ReaderView.Section(id, title, level, heading, paragraphs);
    }

    private static int paragraphEnd(int[] text, int from, int to) {
        for (int i = from; i + 1 < to; i++) if (text[i] == '\n' && text[i + 1] == '\n') return i;
        return to;
    }

    /** The paragraph [from, to) cut at every claim boundary and marker inside it. */
    private List<ReaderView.Run> runs(int[] text, int from, int to, List<Span> spans, Map<Integer, Integer> markers) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        List<Span> here = spans.stream().filter(s -> s.start() < to && s.end() > from).toList();
        for (Span s : here) {
            if (s.start() > from) cuts.add(s.start());
            if (s.end() < to) cuts.add(s.end());
        }
        markers.keySet().stream().filter(m -> m > from && m <= to).forEach(cuts::add);
        List<ReaderView.Run> runs = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                int a = prev;
                List<ReaderView.Mark> marks = here.stream().filter(s -> s.start() <= a && s.end() >= cut)
                    .map(s -> new ReaderView.Mark(s.claim(), LocalPaths.page(s.claim(), idBase), s.type(), s.label())).toList();
                runs.add(new ReaderView.Run(new String(text, a, cut - a), marks, null));
            }
            if (markers.containsKey(cut) && cut > from) runs.add(new ReaderView.Run("", List.of(), markers.get(cut)));
            prev = cut;
        }
        return runs;
    }
}
