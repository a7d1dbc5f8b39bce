package org.usmx.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * The derived causal network (usmx:CausalEdge nodes) as nodes and edges for drawing: the
 * neighbourhood of a node up to a depth (following edges both ways), or only the paths between
 * two nodes. Each edge lists its polarity and the claims behind it.
 */
public final class CausalNetwork {

    /** One edge: from, to, polarity, the claims it was derived from. */
    public record Edge(String iri, String from, String to, String polarity, List<String> claims) {}

    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    public CausalNetwork(SelectRunner runner) {
        for (Map<String, String> r : runner.select(ClasspathQueries.query("sparql/causal-edges.rq"), Map.of()).rows()) {
            Edge e = edges.computeIfAbsent(r.get("edge"), k -> new Edge(k, r.get("from"), r.get("to"), r.get("polarity"), new ArrayList<>()));
            if (!e.claims().contains(r.get("claim"))) e.claims().add(r.get("claim"));
            if (r.containsKey("fromLabel")) labels.put(r.get("from"), r.get("fromLabel"));
            if (r.containsKey("toLabel")) labels.put(r.get("to"), r.get("toLabel"));
        }
    }

    public boolean knows(String node) {
        return edges.values().stream().anyMatch(e -> e.from().equals(node) || e.to().equals(node));
    }

    /** Edges within {@code depth} steps of {@code from}; if {@code to} is given, only edges on directed paths from → to. */
    public Map<String, Object> around(String from, String to, int depth) {
        Set<Edge> chosen = new LinkedHashSet<>();
        if (to == null) {
            Set<String> seen = new LinkedHashSet<>(List.of(from));
            Deque<String> frontier = new ArrayDeque<>(List.of(from));
            for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
                Deque<String> next = new ArrayDeque<>();
                for (String n : frontier) {
                    for (Edge e : edges.values()) {
                        if (e.from().equals(n) || e.to().equals(n)) {
                            chosen.add(e);
                            String other = e.from().equals(n) ? e.to() : e.from();
                            if (seen.add(other)) next.add(other);
                        }
                    }
                }
                frontier = next;
            }
        } else {
            paths(from, to, depth, new ArrayList<>(), chosen);
        }
        Set<String> nodes = new LinkedHashSet<>();
        nodes.add(from);
        chosen.forEach(e -> { nodes.add(e.from()); nodes.add(e.to()); });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", nodes.stream().map(n -> Map.of("iri", n, "label", labels.getOrDefault(n, n))).toList());
        out.put("edges", List.copyOf(chosen));
        return out;
    }

    private void paths(String at, String target, int budget, List<Edge> path, Set<Edge> out) {
        if (at.equals(target) && !path.isEmpty()) {
            out.addAll(path);
            return;
        }
        if (budget == 0) return;
        for (Edge e : edges.values()) {
            if (e.from().equals(at) && path.stream().noneMatch(p -> p.from().equals(e.to()))) {
                path.add(e);
                paths(e.to(), target, budget - 1, path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
