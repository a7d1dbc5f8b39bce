package org.usmx.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.apache.jena.query.Query;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * The derived causal network (usmx:CausalEdge nodes) as a directed graph for drawing. A view
 * starts at one node and walks upstream (its causes), downstream (its effects) or both, up to a
 * depth, over the edges that survive the claim filters (paper, attribution, modality). Every
 * edge carries its claims with quote, paper and page, and says where papers disagree about it.
 * Everything is sorted, so the same request always gives the same answer.
 */
public final class CausalNetwork {

    private static final Query EDGES = ClasspathQueries.query("sparql/causal-edges.rq");
    private static final Query CLAIMS = ClasspathQueries.query("sparql/causal-claims.rq");
    private static final Query DISAGREEMENTS = ClasspathQueries.query("sparql/causal-disagreements.rq");
    private static final Query NODES = ClasspathQueries.query("sparql/causal-nodes.rq");
    private static final String USMX = org.usmx.store.Vocab.ONT; // the vocabulary: fixed whatever --id-base
    /** Polarities that push the effect up, and those that push it down: an edge of each between the same two nodes is a disagreement. */
    private static final Set<String> POSITIVE = Set.of(USMX + "Causes", USMX + "Increases", USMX + "Enables");
    /** Generic types a more specific one (Meeting, Ministry…) says better. */
    private static final Set<String> GENERIC_TYPES = Set.of("Event", "Organization", "Initiative", "Place", "Factor", "Agent");
    public static final List<String> MODALITIES = List.of("Asserted", "Hedged", "Hypothetical", "Predicted", "Negated");

    public enum Direction {
        UP, DOWN, BOTH;

        public static Direction parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Which claims count: each field null means "any". Full IRIs; modality is a local name (Hedged). */
    public record Filter(String paper, String attributedTo, String modality) {
        public static final Filter NONE = new Filter(null, null, null);

        boolean accepts(Claim c) {
            return (paper == null || paper.equals(c.paper()))
                && (attributedTo == null || c.attributedTo().stream().anyMatch(a -> a.iri().equals(attributedTo)))
                && (modality == null || c.modality() != null && c.modality().equals(modality));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attribution(String iri, String label) {}

    /** One claim behind an edge: what a reader checks it against. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Claim(String iri, String label, String quote, String paper, String paperTitle, Integer page,
                        String polarity, String modality, List<Attribution> attributedTo, String attributionNote) {}

    /** Why an edge is disputed: a recorded conflict with another claim, a paper giving the opposite polarity, or one denying the link. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Disagreement(String reason, String claim, String otherClaim, String otherLabel, String otherPaper, String conflict, String topic) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edge(String iri, String from, String to, String polarity, List<Claim> claims, List<String> papers,
                       boolean disputed, List<Disagreement> disagreements) {}

    /** A node: kind is the IRI's kind (factor, event, org…), type its most specific ontology class, degree its edges in the filtered network, distance its steps from the focus. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String iri, String label, String kind, String type, int degree, int distance) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(String focus, String direction, int depth, Map<String, String> filters, List<Node> nodes, List<Edge> edges) {}

    private record RawEdge(String iri, String from, String to, String polarity, List<String> claims) {}

    private final Map<String, RawEdge> edges = new TreeMap<>();
    private final Map<String, Claim> claims = new TreeMap<>();
    private final Map<String, List<Disagreement>> disagreementsByClaim = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    /** Negated claims, by "cause effect": they deny an edge rather than make one. */
    private final Map<String, List<Claim>> denials = new HashMap<>();

    public CausalNetwork(SelectRunner runner) {
        for (Map<String, String> r : runner.forBuilding().select(EDGES, Map.of()).rows()) {
            RawEdge e = edges.computeIfAbsent(r.get("edge"), k -> new RawEdge(k, r.get("from"), r.get("to"), r.get("polarity"), new ArrayList<>()));
            if (!e.claims().contains(r.get("claim"))) e.claims().add(r.get("claim"));
        }
        loadClaims(runner);
        // one disagreement per (claim, other claim): the rows naming a conflict node win over a bare conflictsWith link
        Map<String, List<Map<String, String>>> byPair = new LinkedHashMap<>();
        for (Map<String, String> r : runner.forBuilding().select(DISAGREEMENTS, Map.of()).rows()) {
            byPair.computeIfAbsent(r.get("claim") + " " + r.get("other"), k -> new ArrayList<>()).add(r);
        }
        for (List<Map<String, String>> rows : byPair.values()) {
            boolean named = rows.stream().anyMatch(r -> r.containsKey("conflict"));
            for (Map<String, String> r : rows) {
                if (named && !r.containsKey("conflict")) continue;
                disagreementsByClaim.computeIfAbsent(r.get("claim"), k -> new ArrayList<>()).add(new Disagreement("conflict",
                    r.get("claim"), r.get("other"), r.get("otherLabel"), r.get("otherPaper"), r.get("conflict"), r.get("topic")));
                if (!named) break;
            }
        }
        for (Map<String, String> r : runner.forBuilding().select(NODES, Map.of()).rows()) {
            if (r.containsKey("label")) labels.putIfAbsent(r.get("node"), r.get("label"));
            if (r.containsKey("type")) {
                String local = r.get("type").substring(USMX.length());
                String had = types.get(r.get("node"));
                if (had == null || GENERIC_TYPES.contains(had) && !GENERIC_TYPES.contains(local)) types.put(r.get("node"), local);
            }
        }
    }

    private void loadClaims(SelectRunner runner) {
        Map<String, Map<String, String>> heads = new LinkedHashMap<>();
        Map<String, Set<Attribution>> attributions = new HashMap<>();
        Map<String, Set<String>> pairs = new HashMap<>();
        for (Map<String, String> r : runner.forBuilding().select(CLAIMS, Map.of()).rows()) {
            heads.putIfAbsent(r.get("claim"), r);
            Set<Attribution> a = attributions.computeIfAbsent(r.get("claim"), k -> new LinkedHashSet<>());
            if (r.containsKey("attributedTo")) a.add(new Attribution(r.get("attributedTo"), r.get("attributedToLabel")));
            pairs.computeIfAbsent(r.get("claim"), k -> new TreeSet<>()).add(r.get("cause") + " " + r.get("effect"));
        }
        for (Map<String, String> h : heads.values()) {
            String iri = h.get("claim");
            Claim c = new Claim(iri, h.get("label"), h.get("quote"), h.get("paper"), h.get("paperTitle"),
                h.containsKey("page") ? Integer.valueOf(h.get("page")) : null, h.get("polarity"),
                h.containsKey("modality") ? h.get("modality").substring(USMX.length()) : null,
                List.copyOf(attributions.get(iri)), h.get("attributionNote"));
            claims.put(iri, c);
            if ("Negated".equals(c.modality())) pairs.get(iri).forEach(p -> denials.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
        }
    }

    /** True if some causal edge starts or ends at this node. */
    public boolean knows(String node) {
        return edges.values().stream().anyMatch(e -> e.from().equals(node) || e.to().equals(node));
    }

    /** True if some causal claim is stated in this paper, attributed to this holder. */
    public boolean knowsPaper(String paper) {
        return claims.values().stream().anyMatch(c -> paper.equals(c.paper()));
    }

    public boolean knowsHolder(String holder) {
        return claims.values().stream().anyMatch(c -> c.attributedTo().stream().anyMatch(a -> a.iri().equals(holder)));
    }

    /** Everyone a causal claim is attributed to, with how many claims, most first (then by label). */
    public List<Map.Entry<Attribution, Integer>> holders() {
        Map<Attribution, Integer> counts = new HashMap<>();
        claims.values().forEach(c -> c.attributedTo().forEach(a -> counts.merge(a, 1, Integer::sum)));
        return counts.entrySet().stream()
            .sorted(Comparator.<Map.Entry<Attribution, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> String.valueOf(e.getKey().label())))
            .toList();
    }

    /** Every node at an end of some edge, as (IRI, label), by label. */
    public List<Map.Entry<String, String>> nodes() {
        Set<String> all = new TreeSet<>();
        edges.values().forEach(e -> { all.add(e.from()); all.add(e.to()); });
        return all.stream().map(n -> Map.entry(n, label(n))).sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public String label(String iri) {
        return labels.getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1));
    }

    /** The neighbourhood of {@code focus}: walk {@code direction} up to {@code depth} steps over the edges the filter keeps. */
    public View around(String focus, Direction direction, int depth, Filter filter) {
        List<Edge> kept = filtered(filter);
        Map<String, Integer> distance = new TreeMap<>();
        distance.put(focus, 0);
        Set<Edge> chosen = new LinkedHashSet<>();
        if (direction != Direction.DOWN) walk(focus, depth, kept, true, distance, chosen);
        if (direction != Direction.UP) walk(focus, depth, kept, false, distance, chosen);
        return view(focus, direction.name().toLowerCase(Locale.ROOT), depth, filter, kept, distance, chosen);
    }

    /** Only the edges on directed paths from {@code from} to {@code to} of at most {@code depth} steps. */
    public View paths(String from, String to, int depth, Filter filter) {
        List<Edge> kept = filtered(filter);
        Set<Edge> chosen = new LinkedHashSet<>();
        paths(from, to, depth, kept, new ArrayList<>(), chosen);
        Map<String, Integer> distance = new TreeMap<>();
        distance.put(from, 0);
        // distance along the found paths: breadth-first over the chosen edges only
        walk(from, depth, List.copyOf(chosen), false, distance, new LinkedHashSet<>());
        return view(from, "down", depth, filter, kept, distance, chosen);
    }

    private static void walk(String focus, int depth, List<Edge> kept, boolean upstream, Map<String, Integer> distance, Set<Edge> chosen) {
        Set<String> seen = new TreeSet<>(List.of(focus));
        Deque<String> frontier = new ArrayDeque<>(List.of(focus));
        for (int d = 1; d <= depth && !frontier.isEmpty(); d++) {
            Deque<String> next = new ArrayDeque<>();
            for (String n : frontier) {
                for (Edge e : kept) {
                    if (!(upstream ? e.to() : e.from()).equals(n)) continue;
                    chosen.add(e);
                    String other = upstream ? e.from() : e.to();
                    if (seen.add(other)) {
                        next.add(other);
                        distance.merge(other, d, Math::min);
                    }
                }
            }
            frontier = next;
        }
    }

    private static void paths(String at, String target, int budget, List<Edge> kept, List<Edge> path, Set<Edge> out) {
        if (at.equals(target) && !path.isEmpty()) {
            out.addAll(path);
            return;
        }
        if (budget == 0) return;
        for (Edge e : kept) {
            if (e.from().equals(at) && path.stream().noneMatch(p -> p.from().equals(e.to()))) {
                path.add(e);
                paths(e.to(), target, budget - 1, kept, path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private View view(String focus, String direction, int depth, Filter filter, List<Edge> kept, Map<String, Integer> distance, Set<Edge> chosen) {
        Map<String, Integer> degree = new HashMap<>();
        for (Edge e : kept) {
            degree.merge(e.from(), 1, Integer::sum);
            if (!e.to().equals(e.from())) degree.merge(e.to(), 1, Integer::sum);
        }
        Set<String> nodeIris = new TreeSet<>(distance.keySet());
        chosen.forEach(e -> { nodeIris.add(e.from()); nodeIris.add(e.to()); });
        List<Node> nodes = nodeIris.stream()
            .map(n -> new Node(n, label(n), kind(n), types.get(n), degree.getOrDefault(n, 0), distance.getOrDefault(n, depth)))
            .sorted(Comparator.comparingInt(Node::distance).thenComparing(Node::iri))
            .toList();
        List<Edge> edgeList = chosen.stream().sorted(Comparator.comparing(Edge::iri)).toList();
        Map<String, String> filters = new TreeMap<>();
        if (filter.paper() != null) filters.put("paper", filter.paper());
        if (filter.attributedTo() != null) filters.put("attributedTo", filter.attributedTo());
        if (filter.modality() != null) filters.put("modality", filter.modality());
        return new View(focus, direction, depth, filters, nodes, edgeList);
    }

    /** The edges with at least one claim the filter keeps, each with only those claims; disagreements are judged over all papers. */
    private List<Edge> filtered(Filter filter) {
        List<Edge> out = new ArrayList<>();
        for (RawEdge raw : edges.values()) {
            List<Claim> behind = raw.claims().stream().map(claims::get).filter(c -> c != null && filter.accepts(c)).toList();
            if (behind.isEmpty()) continue;
            List<String> papers = behind.stream().map(Claim::paper).distinct().sorted().toList();
            List<Disagreement> why = disagreements(raw, behind);
            out.add(new Edge(raw.iri(), raw.from(), raw.to(), raw.polarity(), behind, papers, !why.isEmpty(), why));
        }
        return out;
    }

    private List<Disagreement> disagreements(RawEdge raw, List<Claim> behind) {
        List<Disagreement> out = new ArrayList<>();
        for (Claim c : behind) out.addAll(disagreementsByClaim.getOrDefault(c.iri(), List.of()));
        boolean positive = POSITIVE.contains(raw.polarity());
        for (RawEdge other : edges.values()) {
            if (!other.from().equals(raw.from()) || !other.to().equals(raw.to()) || POSITIVE.contains(other.polarity()) == positive) continue;
            for (String oc : other.claims()) {
                Claim o = claims.get(oc);
                if (o == null) continue;
                Claim mine = behind.get(0);
                out.add(new Disagreement("opposite polarity", mine.iri(), o.iri(), o.label(), o.paper(), null,
                    "Another claim gives this link the opposite polarity (" + local(o.polarity()) + ")."));
            }
        }
        for (Claim denial : denials.getOrDefault(raw.from() + " " + raw.to(), List.of())) {
            out.add(new Disagreement("denied", behind.get(0).iri(), denial.iri(), denial.label(), denial.paper(), null,
                "A claim denies this causal link."));
        }
        out.sort(Comparator.comparing(Disagreement::reason).thenComparing(Disagreement::claim).thenComparing(Disagreement::otherClaim));
        return List.copyOf(out);
    }

    private static String local(String iri) {
        return iri == null ? "" : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The kind segment of an entity IRI (…/id/factor/x → factor). */
    static String kind(String iri) {
        int id = iri.indexOf("/id/");
        if (id < 0) return "other";
        String rest = iri.substring(id + 4);
        int slash = rest.indexOf('/');
        return slash < 0 ? "other" : rest.substring(0, slash);
    }
}
