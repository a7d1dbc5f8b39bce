package org.usmx.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.usmx.curation.QuoteAnchorer;
import org.usmx.curation.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the whole dataset in memory from the files: ontology and shapes graphs, one graph per
 * data directory, quote anchoring into the graph of each quote, and the inferred graph.
 * Nothing here touches the persistent store, so a failure leaves the serving store as it was.
 */
public final class GraphBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GraphBuilder.class);

    /** The dataset plus every quote that could not be anchored. */
    public record Result(DatasetGraph dataset, List<QuoteAnchorer.Problem> anchorProblems) {}

    private static final Pattern POSITION = Pattern.compile("\\[line: (\\d+), col: (\\d+)");

    private final DataFiles files;

    public GraphBuilder(DataFiles files) {
        this.files = files;
    }

    /** Builds the dataset; parse errors throw {@link DataLoadException}, anchor problems are returned. */
    public Result build() {
        BuildClock clock = new BuildClock();
        // Plain in-memory graphs: building is single-threaded, and a transactional in-memory
        // dataset would pay for a transaction on every add and find.
        DatasetGraph dsg = DatasetGraphFactory.create();
        parseInto(dsg, files.ontologyFile(), Vocab.GRAPH_ONTOLOGY);
        if (files.shapesFile().toFile().exists()) parseInto(dsg, files.shapesFile(), Vocab.GRAPH_SHAPES);
        for (Path p : files.rdfDataFiles()) {
            parseInto(dsg, p, p.toString().endsWith(".trig") ? null : files.graphFor(p));
        }
        String parse = clock.lap();
        // Lookups go to one materialized union graph, not to a union view that asks every graph.
        List<QuoteAnchorer.Problem> problems = anchorQuotes(dsg, unionCopy(dsg));
        String anchor = clock.lap();
        long inferred = new Inference().materialize(dsg);
        String inference = clock.lap();
        LOG.info("built dataset: {} quads, {} inferred, {} anchor problems (parse {}, anchor {}, inference {})",
            dsg.stream().count(), inferred, problems.size(), parse, anchor, inference);
        return new Result(dsg, problems);
    }

    /** The union of the named graphs, copied into one in-memory graph (set semantics, as a union). */
    static Graph unionCopy(DatasetGraph dsg) {
        Graph union = GraphMemFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(g -> dsg.getGraph(g).find().forEachRemaining(union::add));
        return union;
    }

    /** Builds and insists that every quote anchors (the form the store and the tests use). */
    public DatasetGraph buildStrict() {
        Result r = build();
        if (!r.anchorProblems().isEmpty()) {
            StringBuilder msg = new StringBuilder(r.anchorProblems().size() + " quote(s) could not be anchored:");
            r.anchorProblems().stream().limit(50).forEach(p -> msg.append("\n  ").append(p));
            throw new DataLoadException("data/", 0, 0, msg.toString(), null);
        }
        return r.dataset();
    }

    private void parseInto(DatasetGraph dsg, Path file, String graph) {
        boolean markedEmpty = DataFileCheck.markedEmpty(file, files.display(file));
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        StreamRDF sink = graph == null ? StreamRDFLib.dataset(dsg)
            : StreamRDFLib.graph(dsg.getGraph(NodeFactory.createURI(graph)));
        StreamRDFCounting counted = StreamRDFLib.count(sink);
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(counted);
            if (counted.count() == 0 && !markedEmpty) throw DataFileCheck.noTriples(files.display(file));
        } catch (RiotParseException e) {
            throw new DataLoadException(files.display(file), e.getLine(), e.getCol(), e.getOriginalMessage(), e);
        } catch (RiotException e) {
            // The strict error handler reports syntax errors as "[line: L, col: C ] message".
            Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
            long line = m.find() ? Long.parseLong(m.group(1)) : 0;
            long col = line > 0 ? Long.parseLong(m.group(2)) : 0;
            // the position is in the exception already: say it once
            String message = String.valueOf(e.getMessage()).replaceFirst("^\\[line: \\d+, col: \\d+ *\\] *", "");
            throw new DataLoadException(files.display(file), line, col, message, e);
        }
    }

    private List<QuoteAnchorer.Problem> anchorQuotes(DatasetGraph dsg, Graph union) {
        Map<String, SourceText> texts = loadSourceTexts(union);
        Map<String, List<SourceText.SectionStart>> sections = sectionStarts(dsg, union, texts);
        QuoteAnchorer anchorer = new QuoteAnchorer();
        List<QuoteAnchorer.Problem> problems = new ArrayList<>();
        List<Quad> quotes = dsg.stream(Node.ANY, Node.ANY, u("quote"), Node.ANY).toList();
        for (Quad q : quotes) {
            String graph = q.getGraph().getURI();
            Node subject = q.getSubject();
            if (!q.getObject().isLiteral() || !subject.isURI()) {
                problems.add(new QuoteAnchorer.Problem(graph, subject.toString(), "usmx:quote needs an IRI subject and a literal"));
                continue;
            }
            String doc = paperOf(union, q.getGraph(), subject);
            SourceText text = doc == null ? null : texts.get(doc);
            if (text == null) {
                problems.add(new QuoteAnchorer.Problem(graph, subject.getURI(),
                    "no canonical text for the quote's source " + (doc == null ? "(no usmx:statedIn and graph is not a paper's)" : doc)));
                continue;
            }
            QuoteAnchorer.QuoteRef ref = new QuoteAnchorer.QuoteRef(subject, q.getObject().getLiteralLexicalForm(),
                occurrence(union, subject), graph);
            QuoteAnchorer.Problem p = anchorer.anchor(ref, text, sections.getOrDefault(doc, List.of()), dsg.getGraph(q.getGraph()));
            if (p != null) problems.add(p);
        }
        return problems;
    }

    /** The source paper a quote belongs to: statedIn, noteOf, isPartOf (sections), else the graph's paper. */
    private static String paperOf(Graph union, Node graph, Node subject) {
        for (String prop : List.of("statedIn", "noteOf")) {
            Node o = single(union, subject, u(prop));
            if (o != null) return o.getURI();
        }
        Node part = single(union, subject, DCTerms.isPartOf.asNode());
        for (int depth = 0; part != null && depth < 5; depth++) {
            if (union.contains(part, u("canonicalText"), Node.ANY)) return part.getURI();
            part = single(union, part, DCTerms.isPartOf.asNode());
        }
        String g = graph.getURI();
        if (g.startsWith(Vocab.GRAPH)) return Vocab.document(g.substring(Vocab.GRAPH.length()));
        return null;
    }

    private static int occurrence(Graph union, Node subject) {
        Node o = single(union, subject, u("occurrence"));
        return o == null ? 0 : Integer.parseInt(o.getLiteralLexicalForm());
    }

    private Map<String, SourceText> loadSourceTexts(Graph union) {
        Map<String, SourceText> texts = new HashMap<>();
        union.find(Node.ANY, u("canonicalText"), Node.ANY).forEachRemaining(t -> {
            String doc = t.getSubject().getURI();
            SourceText text = new SourceText(doc, files.canonicalText(t.getObject().getLiteralLexicalForm()));
            union.find(t.getSubject(), u("pageSpan"), Node.ANY).forEachRemaining(ps -> {
                Node span = ps.getObject();
                text.addPage(new SourceText.Page(intOf(union, span, "page"), intOf(union, span, "startOffset"),
                    intOf(union, span, "endOffset"), span.getURI()));
            });
            text.pages().sort((a, b) -> Integer.compare(a.start(), b.start()));
            union.find(Node.ANY, u("noteOf"), t.getSubject()).forEachRemaining(n -> {
                Node off = single(union, n.getSubject(), u("markerOffset"));
                if (off != null) text.addMarker(new SourceText.Marker(n.getSubject().getURI(), Integer.parseInt(off.getLiteralLexicalForm())));
                // where the note's own text is printed, so a passage quoted from it takes the note's page
                Node quote = single(union, n.getSubject(), u("quote"));
                if (off != null && quote != null) {
                    List<Integer> hits = text.occurrences(quote.getLiteralLexicalForm());
                    int occ = occurrence(union, n.getSubject());
                    if (hits.size() >= Math.max(occ, 1) && (hits.size() == 1 || occ > 0)) {
                        int at16 = hits.get(Math.max(occ, 1) - 1);
                        text.addNoteText(new SourceText.NoteText(n.getSubject().getURI(), text.codePoint(at16),
                            text.codePoint(at16 + quote.getLiteralLexicalForm().length()), Integer.parseInt(off.getLiteralLexicalForm())));
                    }
                }
            });
            texts.put(doc, text);
        });
        return texts;
    }

    /** Section headings located by their quotes, per paper. */
    private static Map<String, List<SourceText.SectionStart>> sectionStarts(DatasetGraph dsg, Graph union, Map<String, SourceText> texts) {
        Map<String, List<SourceText.SectionStart>> result = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), u("Section")).forEachRemaining(q -> {
            Node section = q.getSubject();
            Node quote = single(union, section, u("quote"));
            if (quote == null) return;
            String doc = paperOf(union, q.getGraph(), section);
            SourceText text = doc == null ? null : texts.get(doc);
            if (text == null) return;
            List<Integer> hits = text.occurrences(quote.getLiteralLexicalForm());
            int occ = Math.max(occurrence(union, section), 1);
            if (hits.size() >= occ) {
                result.computeIfAbsent(doc, k -> new ArrayList<>())
                    .add(new SourceText.SectionStart(section.getURI(), text.codePoint(hits.get(occ - 1))));
            }
        });
        return result;
    }

    private static int intOf(Graph g, Node s, String prop) {
        Node o = single(g, s, u(prop));
        if (o == null) throw new DataLoadException("layout", 0, 0, s + " lacks usmx:" + prop, null);
        return Integer.parseInt(o.getLiteralLexicalForm());
    }

    private static Node single(Graph g, Node s, Node p) {
        if (s == null || !s.isConcrete()) return null;
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Node u(String local) {
        return NodeFactory.createURI(Vocab.ONT + local);
    }
}
