package org.usmx.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.usmx.sparql.SelectRunner;
import org.usmx.sparql.StartingFrom;
import org.usmx.store.ClasspathQueries;

/**
 * The derived causal network (usmx:CausalEdge nodes) as a directed graph for drawing. A view
 * starts at one node and walks upstream (its causes), downstream (its effects) or both, up to a
 * depth, over the edges that survive the claim filters (paper, attribution, modality). Every
 * edge carries its claims with quote, paper and page, and says where papers disagree about it.
 * Everything is sorted, so the same request always gives the same answer.
 * <p>Nothing is held between requests: a walk reads, level by level, only the edges touching the
 * nodes it reaches (a VALUES block of the frontier), then the claims, labels, types, disagreements
 * and denials of what it shows; the explorer's choice lists are asked of the store per request.
 */
public final class CausalNetwork {

    private static final Query EDGES_TOUCHING = ClasspathQueries.query("sparql/causal-edges-touching.rq");
    private static final Query KNOWS_NODE = ClasspathQueries.query("sparql/causal-knows-node.rq");
    private static final Query KNOWS_PAPER = ClasspathQueries.query("sparql/causal-knows-paper.rq");
    private static final Query KNOWS_HOLDER = ClasspathQueries.query("sparql/causal-knows-holder.rq");
    private static final Query HOLDERS = ClasspathQueries.query("sparql/causal-holders.rq");
    private static final Query NODE_CHOICES = ClasspathQueries.query("sparql/causal-node-choices.rq");
    private static final Query MOST_LINKED = ClasspathQueries.query("sparql/causal-most-linked.rq");
    private static final Query CLAIMS = ClasspathQueries.query("sparql/causal-claims.rq");
    private static final Query DENIALS = ClasspathQueries.query("sparql/causal-denials.rq");
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

    private final SelectRunner runner;

    public CausalNetwork(SelectRunner runner) {
        this.runner = runner;
    }

    private boolean any(Query q, String var, String iri) {
        return !runner.select(q, Map.of(var, NodeFactory.createURI(iri))).rows().isEmpty();
    }

    /** True if some causal edge starts or ends at this node. */
    public boolean knows(String node) {
        return any(KNOWS_NODE, "node", node);
    }

    /** True if some causal claim is stated in this paper, attributed to this holder. */
    public boolean knowsPaper(String paper) {
        return any(KNOWS_PAPER, "paper", paper);
    }

    public boolean knowsHolder(String holder) {
        return any(KNOWS_HOLDER, "holder", holder);
    }

    /** Everyone a causal claim is attributed to, with how many claims, most first (then by label): a choice list, asked per request. */
    public List<Map.Entry<Attribution, Integer>> holders() {
        Map<Attribution, Integer> counts = new HashMap<>();
        for (Map<String, String> r : runner.select(HOLDERS, Map.of()).rows()) {
            counts.merge(new Attribution(r.get("attributedTo"), r.get("attributedToLabel")), Integer.parseInt(r.get("claims")), Integer::sum);
        }
        return counts.entrySet().stream()
            .sorted(Comparator.<Map.Entry<Attribution, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> String.valueOf(e.getKey().label())))
            .toList();
    }

    /** Every node at an end of some edge, as (IRI, label), by label: a choice list, asked per request. */
    public List<Map.Entry<String, String>> nodes() {
        Map<String, String> labelled = new TreeMap<>();
        for (Map<String, String> r : runner.select(NODE_CHOICES, Map.of()).rows()) {
            String n = r.get("node");
            if (r.containsKey("label")) labelled.putIfAbsent(n, r.get("label"));
            else labelled.putIfAbsent(n, fallbackLabel(n));
        }
        return labelled.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
            .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The node with the most edges (ties: first by label, then IRI), or null if there is none. */
    public String mostLinked() {
        List<Map<String, String>> rows = runner.select(MOST_LINKED, Map.of()).rows();
        if (rows.isEmpty()) return null;
        String top = rows.get(0).get("degree");
        Set<String> tied = new TreeSet<>();
        for (Map<String, String> r : rows) if (r.get("degree").equals(top)) tied.add(r.get("node"));
        Reading reading = new Reading(Filter.NONE);
        reading.describe(tied);
        return tied.stream().sorted(Comparator.comparing(reading::label, String.CASE_INSENSITIVE_ORDER)).findFirst().orElse(null);
    }

    public String label(String iri) {
        Reading reading = new Reading(Filter.NONE);
        reading.describe(Set.of(iri));
        return reading.label(iri);
    }

    private static String fallbackLabel(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The neighbourhood of {@code focus}: walk {@code direction} up to {@code depth} steps over the edges the filter keeps. */
    public View around(String focus, Direction direction, int depth, Filter filter) {
        Reading reading = new Reading(filter);
        Map<String, Integer> distance = new TreeMap<>();
        distance.put(focus, 0);
        Set<RawEdge> chosen = new LinkedHashSet<>();
        if (direction != Direction.DOWN) walk(focus, depth, reading::kept, true, distance, chosen);
        if (direction != Direction.UP) walk(focus, depth, reading::kept, false, distance, chosen);
        return reading.view(focus, direction.name().toLowerCase(Locale.ROOT), depth, distance, chosen);
    }

    /** Only the edges on directed paths from {@code from} to {@code to} of at most {@code depth} steps. */
    public View paths(String from, String to, int depth, Filter filter) {
        Reading reading = new Reading(filter);
        // a path of at most depth steps leaves only nodes within depth - 1 steps downstream: read those levels first
        walk(from, depth, reading::kept, false, new TreeMap<>(), new LinkedHashSet<>());
        Set<RawEdge> chosen = new LinkedHashSet<>();
        paths(from, to, depth, reading, new ArrayList<>(), chosen);
        Map<String, Integer> distance = new TreeMap<>();
        distance.put(from, 0);
        // distance along the found paths: breadth-first over the chosen edges only
        List<RawEdge> found = List.copyOf(chosen);
        walk(from, depth, level -> { Map<String, List<RawEdge>> m = new HashMap<>(); for (String n : level) m.put(n, found.stream().filter(e -> e.from().equals(n) || e.to().equals(n)).toList()); return m; },
            false, distance, new LinkedHashSet<>());
        return reading.view(from, "down", depth, distance, chosen);
    }

    /**
     * Breadth-first, one level at a time: {@code edgesAt} gives the kept edges touching each node of a
     * level (one query for the whole level), so only the nodes reached are ever read.
     */
    private static void walk(String focus, int depth, java.util.function.Function<Collection<String>, Map<String, List<RawEdge>>> edgesAt,
                             boolean upstream, Map<String, Integer> distance, Set<RawEdge> chosen) {
        Set<String> seen = new TreeSet<>(List.of(focus));
        Deque<String> frontier = new ArrayDeque<>(List.of(focus));
        for (int d = 1; d <= depth && !frontier.isEmpty(); d++) {
            Map<String, List<RawEdge>> touching = edgesAt.apply(frontier);
            Deque<String> next = new ArrayDeque<>();
            for (String n : frontier) {
                for (RawEdge e : touching.getOrDefault(n, List.of())) {
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

    private static void paths(String at, String target, int budget, Reading reading, List<RawEdge> path, Set<RawEdge> out) {
        if (at.equals(target) && !path.isEmpty()) {
            out.addAll(path);
            return;
        }
        if (budget == 0) return;
        for (RawEdge e : reading.kept(List.of(at)).getOrDefault(at, List.of())) {
            if (e.from().equals(at) && path.stream().noneMatch(p -> p.from().equals(e.to()))) {
                path.add(e);
                paths(e.to(), target, budget - 1, reading, path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /**
     * What one request has read from the store: the edges touching the nodes it reached, their claims,
     * and the labels, types, disagreements and denials of what it shows. Lives for one request only.
     */
    private final class Reading {
        private final Filter filter;
        /** Every edge touching a node read so far (kept or not), by edge IRI, per node. */
        private final Map<String, List<RawEdge>> touching = new HashMap<>();
        private final Map<String, Claim> claims = new HashMap<>();
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, String> types = new HashMap<>();
        private final Set<String> described = new java.util.HashSet<>();

        Reading(Filter filter) {
            this.filter = filter;
        }

        /** The kept edges touching each of these nodes, by edge IRI; reads the nodes not read yet in one query. */
        Map<String, List<RawEdge>> kept(Collection<String> nodes) {
            load(nodes);
            Map<String, List<RawEdge>> out = new HashMap<>();
            for (String n : nodes) out.put(n, touching.get(n).stream().filter(this::kept).toList());
            return out;
        }

        private boolean kept(RawEdge e) {
            return !behind(e).isEmpty();
        }

        private List<Claim> behind(RawEdge e) {
            return e.claims().stream().map(claims::get).filter(c -> c != null && filter.accepts(c)).toList();
        }

        private void load(Collection<String> nodes) {
            List<String> missing = nodes.stream().filter(n -> !touching.containsKey(n)).distinct().sorted().toList();
            if (missing.isEmpty()) return;
            Map<String, RawEdge> edges = new TreeMap<>();
            Map<String, Set<String>> edgesOf = new HashMap<>();
            for (Map<String, String> r : runner.select(StartingFrom.values(EDGES_TOUCHING, "node", missing), Map.of()).rows()) {
                RawEdge e = edges.computeIfAbsent(r.get("edge"), k -> new RawEdge(k, r.get("from"), r.get("to"), r.get("polarity"), new ArrayList<>()));
                if (!e.claims().contains(r.get("claim"))) e.claims().add(r.get("claim"));
                edgesOf.computeIfAbsent(r.get("node"), k -> new TreeSet<>()).add(e.iri());
            }
            for (String n : missing) touching.put(n, edgesOf.getOrDefault(n, Set.of()).stream().map(edges::get).toList());
            Set<String> unread = new TreeSet<>();
            edges.values().forEach(e -> e.claims().stream().filter(c -> !claims.containsKey(c)).forEach(unread::add));
            if (!unread.isEmpty()) readClaims(StartingFrom.values(CLAIMS, "claim", unread), c -> claims.put(c.iri(), c));
        }

        /** Claims from rows of causal-claims.rq (one per attribution × cause × effect), each with its (cause effect) pairs. */
        private void readClaims(Query q, java.util.function.Consumer<Claim> each) {
            readClaims(q, (c, pairs) -> each.accept(c));
        }

        private void readClaims(Query q, java.util.function.BiConsumer<Claim, Set<String>> each) {
            Map<String, Map<String, String>> heads = new LinkedHashMap<>();
            Map<String, Set<Attribution>> attributions = new HashMap<>();
            Map<String, Set<String>> pairs = new HashMap<>();
            for (Map<String, String> r : runner.select(q, Map.of()).rows()) {
                heads.putIfAbsent(r.get("claim"), r);
                Set<Attribution> a = attributions.computeIfAbsent(r.get("claim"), k -> new LinkedHashSet<>());
                if (r.containsKey("attributedTo")) a.add(new Attribution(r.get("attributedTo"), r.get("attributedToLabel")));
                pairs.computeIfAbsent(r.get("claim"), k -> new TreeSet<>()).add(r.get("cause") + " " + r.get("effect"));
            }
            for (Map<String, String> h : heads.values()) {
                String iri = h.get("claim");
                each.accept(new Claim(iri, h.get("label"), h.get("quote"), h.get("paper"), h.get("paperTitle"),
                    h.containsKey("page") ? Integer.valueOf(h.get("page")) : null, h.get("polarity"),
                    h.containsKey("modality") ? h.get("modality").substring(USMX.length()) : null,
                    List.copyOf(attributions.get(iri)), h.get("attributionNote")), pairs.get(iri));
            }
        }

        /** Labels and most specific types of these nodes. */
        void describe(Collection<String> nodes) {
            List<String> missing = nodes.stream().filter(described::add).sorted().toList();
            if (missing.isEmpty()) return;
            for (Map<String, String> r : runner.select(StartingFrom.values(NODES, "node", missing), Map.of()).rows()) {
                if (r.containsKey("label")) labels.putIfAbsent(r.get("node"), r.get("label"));
                if (r.containsKey("type")) {
                    String local = r.get("type").substring(USMX.length());
                    String had = types.get(r.get("node"));
                    if (had == null || GENERIC_TYPES.contains(had) && !GENERIC_TYPES.contains(local)) types.put(r.get("node"), local);
                }
            }
        }

        String label(String iri) {
            return labels.getOrDefault(iri, fallbackLabel(iri));
        }

        View view(String focus, String direction, int depth, Map<String, Integer> distance, Set<RawEdge> chosen) {
            Set<String> nodeIris = new TreeSet<>(distance.keySet());
            chosen.forEach(e -> { nodeIris.add(e.from()); nodeIris.add(e.to()); });
            // degree counts every kept edge at a node, in the view or not: read the edges of the nodes at the rim too
            load(nodeIris);
            describe(nodeIris);
            List<Node> nodes = nodeIris.stream()
                .map(n -> new Node(n, label(n), kind(n), types.get(n), (int) touching.get(n).stream().filter(this::kept).count(), distance.getOrDefault(n, depth)))
                .sorted(Comparator.comparingInt(Node::distance).thenComparing(Node::iri))
                .toList();
            List<RawEdge> shown = chosen.stream().sorted(Comparator.comparing(RawEdge::iri)).toList();
            Map<String, List<Disagreement>> disagreementsByClaim = disagreements(shown);
            Map<String, List<Claim>> denials = denials(shown);
            List<Edge> edgeList = shown.stream().map(raw -> {
                List<Claim> behind = behind(raw);
                List<String> papers = behind.stream().map(Claim::paper).distinct().sorted().toList();
                List<Disagreement> why = disagreements(raw, behind, disagreementsByClaim, denials);
                return new Edge(raw.iri(), raw.from(), raw.to(), raw.polarity(), behind, papers, !why.isEmpty(), why);
            }).toList();
            Map<String, String> filters = new TreeMap<>();
            if (filter.paper() != null) filters.put("paper", filter.paper());
            if (filter.attributedTo() != null) filters.put("attributedTo", filter.attributedTo());
            if (filter.modality() != null) filters.put("modality", filter.modality());
            return new View(focus, direction, depth, filters, nodes, edgeList);
        }

        /** The recorded conflicts of the claims behind these edges: one per (claim, other claim), the rows naming a conflict node winning over a bare conflictsWith link. */
        private Map<String, List<Disagreement>> disagreements(List<RawEdge> shown) {
            Set<String> mine = new TreeSet<>();
            shown.forEach(e -> behind(e).forEach(c -> mine.add(c.iri())));
            Map<String, List<Disagreement>> byClaim = new HashMap<>();
            if (mine.isEmpty()) return byClaim;
            Map<String, List<Map<String, String>>> byPair = new LinkedHashMap<>();
            for (Map<String, String> r : runner.select(StartingFrom.values(DISAGREEMENTS, "claim", mine), Map.of()).rows()) {
                byPair.computeIfAbsent(r.get("claim") + " " + r.get("other"), k -> new ArrayList<>()).add(r);
            }
            for (List<Map<String, String>> rows : byPair.values()) {
                boolean named = rows.stream().anyMatch(r -> r.containsKey("conflict"));
                for (Map<String, String> r : rows) {
                    if (named && !r.containsKey("conflict")) continue;
                    byClaim.computeIfAbsent(r.get("claim"), k -> new ArrayList<>()).add(new Disagreement("conflict",
                        r.get("claim"), r.get("other"), r.get("otherLabel"), r.get("otherPaper"), r.get("conflict"), r.get("topic")));
                    if (!named) break;
                }
            }
            return byClaim;
        }

        /** Negated claims whose cause starts one of these edges, by "cause effect": they deny an edge rather than make one. */
        private Map<String, List<Claim>> denials(List<RawEdge> shown) {
            Set<String> causes = new TreeSet<>();
            shown.forEach(e -> causes.add(e.from()));
            Map<String, List<Claim>> out = new HashMap<>();
            if (causes.isEmpty()) return out;
            Set<String> negated = new TreeSet<>();
            runner.select(StartingFrom.values(DENIALS, "cause", causes), Map.of()).rows().forEach(r -> negated.add(r.get("claim")));
            if (negated.isEmpty()) return out;
            readClaims(StartingFrom.values(CLAIMS, "claim", negated), (c, pairs) -> {
                if ("Negated".equals(c.modality())) pairs.forEach(p -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
            });
            return out;
        }

        private List<Disagreement> disagreements(RawEdge raw, List<Claim> behind, Map<String, List<Disagreement>> byClaim, Map<String, List<Claim>> denials) {
            List<Disagreement> out = new ArrayList<>();
            for (Claim c : behind) out.addAll(byClaim.getOrDefault(c.iri(), List.of()));
            boolean positive = POSITIVE.contains(raw.polarity());
            // the other edges between the same two nodes all touch raw.from(), whose edges the walk has read
            for (RawEdge other : touching.get(raw.from())) {
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
