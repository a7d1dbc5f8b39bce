package org.usmx.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Papers compared on chosen topics, the way ORKG compares papers: papers as columns, topics as
 * rows, each cell the claims that paper makes about that topic, every one a link to its claim.
 * Claims another claim contradicts come first and are marked.
 */
public final class TopicComparison {

    private static final Query COMPARE = ClasspathQueries.query("sparql/explore-compare.rq");
    private static final String USMX = org.usmx.store.Vocab.ONT; // the vocabulary: fixed whatever --id-base
    /** How many claims a cell lists before "and n more". */
    static final int SHOWN = 5;
    /** The topics the issue names as a researcher's first questions. */
    public static final List<String> DEFAULT_TOPICS = List.of(
        "factor:use-of-military-against-organized-crime", "inst:usnorthcom", "init:merida-initiative", "person:vicente-fox");

    public record ClaimLink(String href, String label, String type, boolean disputed) {}

    public record Cell(String paperId, int count, List<ClaimLink> shown, int more) {}

    public record Topic(String iri, String prefixed, String href, String label) {}

    public record Row(Topic topic, List<Cell> cells) {}

    public record Table(List<Papers.Paper> papers, List<Row> rows) {}

    private final SelectRunner runner;
    private final Papers papers;
    private final String idBase;

    public TopicComparison(SelectRunner runner, Papers papers, String idBase) {
        this.runner = runner;
        this.papers = papers;
        this.idBase = idBase;
    }

    /** The table for these topics (full IRIs with their prefixed forms, in order); a topic no claim is about still gets its row of empty cells. */
    public Table compare(Map<String, String> topicsByIri) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> t : topicsByIri.entrySet()) {
            Map<String, List<ClaimLink>> byPaper = new LinkedHashMap<>();
            String label = null;
            for (Map<String, String> r : runner.rows(COMPARE, "topic", t.getKey())) {
                if (label == null) label = r.get("topicLabel");
                String type = r.get("type").substring(USMX.length());
                byPaper.computeIfAbsent(r.get("paper"), k -> new ArrayList<>()).add(new ClaimLink(LocalPaths.page(r.get("claim"), idBase),
                    r.getOrDefault("label", r.get("claim")), type, "true".equals(r.get("disputed"))));
            }
            List<Cell> cells = new ArrayList<>();
            for (Papers.Paper p : papers.all()) {
                List<ClaimLink> all = byPaper.getOrDefault(p.iri(), List.of());
                cells.add(new Cell(p.id(), all.size(), all.subList(0, Math.min(SHOWN, all.size())), Math.max(0, all.size() - SHOWN)));
            }
            String iri = t.getKey();
            rows.add(new Row(new Topic(iri, t.getValue(), LocalPaths.page(iri, idBase), label == null ? iri.substring(iri.lastIndexOf('/') + 1) : label), cells));
        }
        return new Table(papers.all(), rows);
    }
}
