package org.usmx.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Dated facts in order with their precision (the date's datatype) and sources. Where sources
 * give different dates for the same subject and property and the curators record that as a
 * contradiction (a usmx:Conflict of nature usmx:Contradiction about that subject and property),
 * each entry says so ("conflictingValues"); a variant, or one date at two precisions, is not flagged.
 */
public final class Timeline {

    private static final Query QUERY = ClasspathQueries.query("sparql/timeline.rq");
    private static final Query CONTRADICTIONS = ClasspathQueries.query("sparql/timeline-contradictions.rq");

    private final List<Map<String, Object>> entries = new ArrayList<>();

    public Timeline(SelectRunner runner) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> valuesBySubjectProperty = new HashMap<>();
        for (Map<String, String> r : runner.select(QUERY, Map.of()).rows()) {
            String key = r.get("subject") + " " + r.get("property") + " " + r.get("date") + " " + r.get("graph");
            Map<String, Object> e = byKey.computeIfAbsent(key, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("subject", r.get("subject"));
                m.put("label", r.getOrDefault("label", r.get("subject")));
                m.put("property", r.get("property"));
                m.put("date", r.get("date"));
                m.put("precision", precision(r.get("precision")));
                m.put("source", r.get("graph"));
                m.put("quotes", new ArrayList<String>());
                return m;
            });
            @SuppressWarnings("unchecked")
            List<String> quotes = (List<String>) e.get("quotes");
            if (r.containsKey("quote") && !quotes.contains(r.get("quote"))) quotes.add(r.get("quote"));
            valuesBySubjectProperty.computeIfAbsent(r.get("subject") + " " + r.get("property"), k -> new TreeSet<>()).add(r.get("date"));
        }
        Set<String> contradicted = new HashSet<>();
        for (Map<String, String> r : runner.select(CONTRADICTIONS, Map.of()).rows()) contradicted.add(r.get("subject") + " " + r.get("property"));
        for (Map<String, Object> e : byKey.values()) {
            String key = e.get("subject") + " " + e.get("property");
            Set<String> values = valuesBySubjectProperty.get(key);
            if (values.size() > 1 && contradicted.contains(key)) e.put("conflictingValues", List.copyOf(values));
            entries.add(e);
        }
    }

    /** Entries whose date lies in [from, to] (compared as ISO strings on the given precision) and, if given, about a subject. */
    public List<Map<String, Object>> between(String from, String to, String about) {
        return entries.stream()
            .filter(e -> from == null || ((String) e.get("date")).compareTo(from) >= 0)
            .filter(e -> to == null || ((String) e.get("date")).substring(0, Math.min(to.length(), ((String) e.get("date")).length())).compareTo(to) <= 0)
            .filter(e -> about == null || about.equals(e.get("subject")))
            .toList();
    }

    private static String precision(String datatype) {
        if (datatype == null) return "unknown";
        if (datatype.endsWith("#gYear")) return "year";
        if (datatype.endsWith("#gYearMonth")) return "month";
        if (datatype.endsWith("#date")) return "day";
        return "unknown";
    }
}
