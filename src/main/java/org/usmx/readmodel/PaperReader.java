package org.usmx.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.Vocab;

/**
 * Builds a {@link PaperView}: sections ordered by where they start in the text, each claim placed
 * in the section whose text holds its quote, page spans and notes sorted as numbers (not as text,
 * which puts p10 before p4).
 */
public final class PaperReader {

    private static final Query SECTIONS = ClasspathQueries.query("sparql/paper-sections.rq");
    private static final Query CLAIMS = ClasspathQueries.query("sparql/page-document-claims.rq");
    private static final Query NOTES = ClasspathQueries.query("sparql/paper-notes.rq");
    private static final Query PAGES = ClasspathQueries.query("sparql/paper-pages.rq");
    private static final String PAGE_SPAN = Vocab.ont("pageSpan");

    private final SelectRunner runner;
    private final EntityReader entities;
    private final String idBase;

    public PaperReader(SelectRunner runner, EntityReader entities, String idBase) {
        this.runner = runner;
        this.entities = entities;
        this.idBase = idBase;
    }

    private List<Map<String, String>> rows(Query q, String paper) {
        return runner.rows(q, "paper", paper);
    }

    private Link link(String iri, String label) {
        return Link.to(iri, label, idBase);
    }

    public PaperView read(String iri, DatasetGraph description) {
        EntityView e = entities.read(iri, description);
        // the page spans have their own list; the paper's incoming links are its whole content (claims, notes)
        e = new EntityView(e.iri(), e.label(), e.types(), e.descriptions(), e.aliases(),
            e.groups().stream().filter(g -> !g.id().equals(PAGE_SPAN.replaceAll(".*#", ""))).toList(),
            List.of(), List.of(), List.of(), List.of(), e.sources(), e.formats(), e.cite());

        record Sec(String iri, String title, long start, String number) {}
        List<Sec> secs = new ArrayList<>();
        for (Map<String, String> r : rows(SECTIONS, iri)) {
            secs.add(new Sec(r.get("section"), r.getOrDefault("title", r.get("section").replaceAll(".*/", "")),
                number(r.get("start"), Long.MAX_VALUE), r.getOrDefault("number", "")));
        }
        secs.sort(Comparator.comparingLong(Sec::start).thenComparing(Sec::number, PaperReader::compareNumbers));
        Map<String, List<PaperView.Claim>> bySection = new LinkedHashMap<>();
        secs.forEach(s -> bySection.put(s.iri(), new ArrayList<>()));
        List<PaperView.Claim> unplaced = new ArrayList<>();
        String last = null;
        int count = 0;
        for (Map<String, String> r : rows(CLAIMS, iri)) {
            if (r.get("claim").equals(last)) continue;
            last = r.get("claim");
            count++;
            PaperView.Claim c = new PaperView.Claim(link(r.get("claim"), r.get("label")), r.get("typeLabel"), r.get("page"));
            long start = number(r.get("start"), -1);
            Sec home = null;
            for (Sec s : secs) if (s.start() != Long.MAX_VALUE && s.start() <= start) home = s;
            (home == null ? unplaced : bySection.get(home.iri())).add(c);
        }
        List<PaperView.Section> sections = new ArrayList<>();
        if (!unplaced.isEmpty()) sections.add(new PaperView.Section(null, 0, unplaced));
        for (Sec s : secs) {
            int depth = s.number().isEmpty() ? 0 : s.number().split("\\.").length - 1;
            sections.add(new PaperView.Section(link(s.iri(), s.title()), depth, bySection.get(s.iri())));
        }

        List<PaperView.PageSpan> pages = new ArrayList<>();
        for (Map<String, String> r : rows(PAGES, iri)) {
            pages.add(new PaperView.PageSpan(link(r.get("span"), "p. " + r.getOrDefault("page", "?")), r.get("page"), r.get("certainty")));
        }
        pages.sort(Comparator.comparing(PaperView.PageSpan::page, PaperReader::compareNumbers));

        Map<String, PaperView.Note> notes = new LinkedHashMap<>();
        for (Map<String, String> r : rows(NOTES, iri)) {
            PaperView.Note n = notes.computeIfAbsent(r.get("note"), k -> new PaperView.Note(link(k, r.get("number")), r.get("number"),
                r.get("text"), r.get("page"), new ArrayList<>()));
            if (r.get("work") != null && n.cites().stream().noneMatch(l -> l.iri().equals(r.get("work")))) {
                n.cites().add(link(r.get("work"), r.get("workTitle")));
            }
        }
        List<PaperView.Note> noteList = new ArrayList<>(notes.values());
        noteList.sort(Comparator.comparing(PaperView.Note::number, PaperReader::compareNumbers));
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        return new PaperView(e, "/read/" + slug, count, sections, pages, noteList);
    }

    private static long number(String s, long otherwise) {
        try {
            return s == null ? otherwise : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** "2" before "10", "4.2" after "4.1"; what is not a number sorts after numbers, as text. */
    static int compareNumbers(String a, String b) {
        a = a == null ? "" : a;
        b = b == null ? "" : b;
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean nx = x[i].matches("\\d{1,9}"), ny = y[i].matches("\\d{1,9}");
            int c = nx && ny ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                : nx ? -1 : ny ? 1 : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }
}
