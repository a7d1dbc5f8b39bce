package org.usmx.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * The whole provenance chain of one claim, as plain data: the claim, its passage (quote, offsets,
 * page, section) in its source document, its supporting notes and the works they cite, and the
 * claims that agree or conflict with it (with their own evidence).
 */
public final class ClaimTrace {

    private static final Query CLAIM = ClasspathQueries.query("sparql/trace-claim.rq");
    private static final Query LINKS = ClasspathQueries.query("sparql/trace-links.rq");
    private static final Query NOTES = ClasspathQueries.query("sparql/trace-notes.rq");
    private static final Query RELATED = ClasspathQueries.query("sparql/trace-related.rq");

    private final SelectRunner runner;

    public ClaimTrace(SelectRunner runner) {
        this.runner = runner;
    }

    /** The trace of the claim with this IRI, or empty if no such claim is anchored. */
    public Optional<Map<String, Object>> trace(String claimIri) {
        Map<String, Node> bind = Map.of("claim", NodeFactory.createURI(claimIri));
        List<Map<String, String>> head = runner.select(CLAIM, bind).rows();
        if (head.isEmpty()) return Optional.empty();
        Map<String, String> h = head.get(0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iri", claimIri);
        out.put("label", h.get("label"));
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        for (Map<String, String> r : runner.select(LINKS, bind).rows()) {
            Map<String, String> target = new LinkedHashMap<>();
            target.put("iri", r.get("target"));
            if (r.containsKey("targetLabel")) target.put("label", r.get("targetLabel"));
            links.computeIfAbsent(r.get("role"), k -> new ArrayList<>()).add(target);
        }
        out.putAll(links);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("quote", h.get("exact"));
        evidence.put("prefix", h.get("prefix"));
        evidence.put("suffix", h.get("suffix"));
        evidence.put("start", toInt(h.get("start")));
        evidence.put("end", toInt(h.get("end")));
        evidence.put("page", toInt(h.get("page")));
        if (h.containsKey("endPage")) evidence.put("endPage", toInt(h.get("endPage")));
        if (h.containsKey("section")) evidence.put("section", Map.of("iri", h.get("section"), "title", h.getOrDefault("sectionTitle", "")));
        evidence.put("source", Map.of("iri", h.get("paper"), "title", h.getOrDefault("paperTitle", "")));
        out.put("evidence", evidence);
        out.put("footnotes", notes(bind));
        Map<String, List<Map<String, Object>>> related = new LinkedHashMap<>();
        related.put("agrees", new ArrayList<>());
        related.put("conflicts", new ArrayList<>());
        for (Map<String, String> r : runner.select(RELATED, bind).rows()) {
            Map<String, Object> other = new LinkedHashMap<>(r);
            String relation = (String) other.remove("relation");
            other.put("iri", other.remove("other"));
            if (r.containsKey("page")) other.put("page", toInt(r.get("page"))); // pages are integers in every route
            related.get(relation).add(other);
        }
        out.put("agreesWith", related.get("agrees"));
        out.put("conflictsWith", related.get("conflicts"));
        return Optional.of(out);
    }

    private List<Map<String, Object>> notes(Map<String, Node> bind) {
        Map<String, Map<String, Object>> byNote = new LinkedHashMap<>();
        for (Map<String, String> r : runner.select(NOTES, bind).rows()) {
            Map<String, Object> note = byNote.computeIfAbsent(r.get("note"), iri -> {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("iri", iri);
                n.put("number", toInt(r.get("number")));
                n.put("text", r.get("text"));
                n.put("cites", new ArrayList<Map<String, String>>());
                return n;
            });
            if (r.containsKey("work")) {
                Map<String, String> work = new LinkedHashMap<>();
                for (String k : List.of("work", "title", "author", "issued", "container", "publisher", "url", "pages", "form")) {
                    if (r.containsKey(k)) work.put(k.equals("work") ? "iri" : k, r.get(k));
                }
                @SuppressWarnings("unchecked")
                List<Map<String, String>> cites = (List<Map<String, String>>) note.get("cites");
                if (cites.stream().noneMatch(w -> w.get("iri").equals(work.get("iri")))) cites.add(work);
            }
        }
        return List.copyOf(byNote.values());
    }

    private static Integer toInt(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
