package org.usmx.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.usmx.iri.IriPolicy;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Dated events and facts in order, one item per subject and date property, each with every date
 * the papers give it and the passages that give it. Two dates that differ only in precision (1995
 * and October 1995) are never a conflict. An item is contradicted only where a recorded date
 * conflict (a usmx:Conflict of kind usmx:DateConflict) about it has the nature usmx:Contradiction
 * (or, recorded without a nature, its dates disagree even at the coarser precision); its sides are
 * then shown with the item.
 * Dates that disagree with no conflict recorded are marked as differing, not as a conflict.
 * <p>Nothing is held per item: a request's filters, order and window are applied in SPARQL
 * (timeline-items.rq), then only that page's dates, sources, labels and conflicts are read
 * (timeline.rq, timeline-subjects.rq, timeline-conflicts.rq, each starting from the page's VALUES).
 */
public final class Timeline {

    private static final Query FACTS = ClasspathQueries.query("sparql/timeline.rq");
    private static final Query SUBJECTS = ClasspathQueries.query("sparql/timeline-subjects.rq");
    private static final Query CONFLICTS = ClasspathQueries.query("sparql/timeline-conflicts.rq");
    private static final String USMX = org.usmx.store.Vocab.ONT; // the vocabulary: fixed whatever --id-base
    private static final Set<String> GENERIC_TYPES = Set.of("Event", "Organization", "Initiative", "Place", "Agent");

    /** The lanes, top to bottom. */
    public static final List<String> LANES = List.of("united-states", "bilateral", "mexico", "unplaced");

    /** One passage that gives a date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String paper, String evidence, String quote, Integer page) {}

    /** One date value with the passages that give it. */
    public record Position(String date, String precision, List<Source> sources) {}

    /** One side of a recorded date conflict: the value it gives (if a fact), its paper, quote and page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(String iri, String value, String paper, String quote, Integer page) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateConflict(String iri, String topic, boolean betweenPapers, List<Side> sides) {}

    /**
     * status: "agreed" (one date, or dates that differ only in precision), "conflict" (a recorded
     * date conflict with incompatible dates) or "differs" (incompatible dates, no conflict recorded).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String subject, String label, String kind, String type, String property, String date, String precision,
                       String lane, List<String> papers, String status, List<Position> positions, DateConflict conflict) {}

    /** The filters a timeline request takes; null = any. from/to: YYYY[-MM[-DD]]; about: a subject IRI; paper: a source paper's IRI. */
    public record Filter(String from, String to, String about, String paper, String lane) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** One page of items and how many match in all. */
    public record Page(long total, List<Item> items) {}

    private static final Query ITEMS = ClasspathQueries.query("sparql/timeline-items.rq");
    private static final Query HAS_ITEM = ClasspathQueries.query("sparql/timeline-has-item.rq");
    private static final Node ANY = NodeFactory.createURI("urn:usmx:any");
    private static final Node NONE = NodeFactory.createLiteralString("");

    // nothing per item is held: every request selects its page in SPARQL (timeline-items.rq) and reads
    // only that page's dates, sources, labels and conflicts
    private final SelectRunner runner;
    private final IriPolicy iris;
    private final Node mexico;
    private final Node unitedStates;

    /** @param idBase the configured IRI base (Settings.idBase) the store's places are under */
    public Timeline(SelectRunner runner, String idBase) {
        this.runner = runner;
        this.iris = new IriPolicy(idBase);
        this.mexico = NodeFactory.createURI(iris.entity("place", "mexico"));
        this.unitedStates = NodeFactory.createURI(iris.entity("place", "united-states"));
    }

    /**
     * Items whose first date lies in [from, to] (compared on the shorter of the two precisions), about a
     * subject, from a paper, in a lane: the window [offset, offset + limit) of them in date order.
     */
    public Page page(Filter f, int offset, int limit) {
        Map<String, Node> bind = bindings(f, null, f.lane() != null);
        long total = runner.select(counting(false), bind).rows().stream().mapToLong(r -> Long.parseLong(r.get("n"))).sum();
        Query window = ITEMS.cloneQuery();
        window.setOffset(offset);
        window.setLimit(limit);
        List<Map<String, String>> keys = offset >= total ? List.of() : runner.select(window, bind).rows();
        return new Page(total, assemble(keys));
    }

    /** How many of the items matching the filter go in each lane (every lane of {@link #LANES}, in order). */
    public Map<String, Long> lanes(Filter f) {
        Map<String, Long> lanes = new LinkedHashMap<>();
        LANES.forEach(l -> lanes.put(l, 0L));
        for (Map<String, String> r : runner.select(counting(true), bindings(f, null, true)).rows()) lanes.put(r.get("lane"), Long.parseLong(r.get("n")));
        return lanes;
    }

    /** How many items matching the filter have a first date strictly earlier than {@code date} (where a window around it starts). */
    public long before(Filter f, String date) {
        return runner.select(counting(false), bindings(f, date, f.lane() != null)).rows().stream().mapToLong(r -> Long.parseLong(r.get("n"))).sum();
    }

    /** True if the subject has an item on the timeline (a date of its own, or a dated reference if a post holding). */
    public boolean dates(String subject) {
        return !runner.rows(HAS_ITEM, "subject", subject).isEmpty();
    }

    private Map<String, Node> bindings(Filter f, String before, boolean withLanes) {
        Map<String, Node> bind = new HashMap<>();
        bind.put("from", f.from() == null ? NONE : NodeFactory.createLiteralString(f.from()));
        bind.put("to", f.to() == null ? NONE : NodeFactory.createLiteralString(f.to()));
        bind.put("about", f.about() == null ? ANY : NodeFactory.createURI(f.about()));
        // a paper's dates are in the named graph of its id (graph names do not move with the base)
        bind.put("paperGraph", f.paper() == null ? ANY : NodeFactory.createURI(iris.graph(f.paper().substring(f.paper().lastIndexOf('/') + 1))));
        bind.put("onlyLane", f.lane() == null ? NONE : NodeFactory.createLiteralString(f.lane()));
        bind.put("before", before == null ? NONE : NodeFactory.createLiteralString(before));
        bind.put("withLanes", NodeFactory.createLiteralDT(Boolean.toString(withLanes), org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        bind.put("mexico", mexico);
        bind.put("unitedStates", unitedStates);
        return bind;
    }

    /** The selected items (subject, property, key, lane rows from timeline-items.rq) with their dates, sources, labels and conflicts. */
    private List<Item> assemble(List<Map<String, String>> keys) {
        if (keys.isEmpty()) return List.of();
        Set<String> subjects = new LinkedHashSet<>();
        keys.forEach(k -> subjects.add(k.get("subject")));
        Map<String, String> labels = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        String place = iris.namespace("place");
        for (Map<String, String> r : runner.select(restricted(SUBJECTS, List.of("subject"), subjects.stream().map(List::of).toList()),
                Map.of("mexico", mexico, "unitedStates", unitedStates)).rows()) {
            String s = r.get("subject");
            if (r.containsKey("label")) labels.putIfAbsent(s, r.get("label"));
            if (r.containsKey("type")) {
                String local = r.get("type").substring(USMX.length());
                String had = types.get(s);
                if (had == null || GENERIC_TYPES.contains(had) && !GENERIC_TYPES.contains(local)) types.put(s, local);
            }
            if (r.containsKey("country")) countries.computeIfAbsent(s, k -> new TreeSet<>()).add(r.get("country").substring(place.length()));
        }
        Map<String, List<RecordedConflict>> conflictsBySubject = conflicts(subjects);

        // subject + property (+ date if attested) → date → sources
        Map<String, Map<String, Map<String, Source>>> facts = new HashMap<>();
        Map<String, String> precisions = new HashMap<>();
        Set<List<String>> pairs = new LinkedHashSet<>();
        keys.forEach(k -> pairs.add(List.of(k.get("subject"), k.get("property"))));
        for (Map<String, String> r : runner.select(restricted(FACTS, List.of("subject", "property"), List.copyOf(pairs)), Map.of()).rows()) {
            // an attested date says "in office at that time": two of them are two facts, never a disagreement
            boolean attested = r.get("property").equals(USMX + "attestedDate");
            String key = r.get("subject") + " " + r.get("property") + " " + (attested ? r.get("date") : "");
            precisions.put(r.get("date"), precision(r.get("precision")));
            Map<String, Source> sources = facts.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(r.get("date"), k -> new TreeMap<>());
            String paper = iris.documentOfGraph(r.get("graph")).orElse(r.get("graph")); // graph/downie-2011 → document/downie-2011
            Source src = new Source(paper, r.get("evidence"), r.get("quote"), r.containsKey("page") ? Integer.valueOf(r.get("page")) : null);
            sources.putIfAbsent(paper + " " + r.getOrDefault("evidence", ""), src);
        }
        List<Item> items = new ArrayList<>();
        for (Map<String, String> k : keys) {
            String subject = k.get("subject");
            String property = k.get("property");
            Map<String, Map<String, Source>> dated = facts.get(subject + " " + property + " " + k.getOrDefault("key", ""));
            if (dated == null) throw new IllegalStateException("timeline-items.rq selected " + subject + " " + property + ", timeline.rq gives it no date");
            List<Position> positions = dated.entrySet().stream()
                .map(d -> new Position(d.getKey(), precisions.get(d.getKey()), List.copyOf(d.getValue().values()))).toList();
            boolean incompatible = incompatible(positions.stream().map(Position::date).toList());
            // a recorded contradiction is a conflict of dates; a variant or divergence is not; a conflict
            // recorded without a nature counts where its dates disagree at the coarser precision
            DateConflict conflict = conflictsBySubject.getOrDefault(subject, List.of()).stream()
                .filter(c -> c.property() == null || c.property().equals(property))
                .filter(c -> c.nature() != null ? c.nature().equals("Contradiction") : incompatible || contradicts(c.view()))
                .map(RecordedConflict::view).findFirst().orElse(null);
            String status = conflict != null ? "conflict" : incompatible ? "differs" : "agreed";
            List<String> papers = positions.stream().flatMap(p -> p.sources().stream()).map(Source::paper).distinct().sorted().toList();
            Position first = positions.get(0);
            items.add(new Item(subject, labels.getOrDefault(subject, subject.substring(subject.lastIndexOf('/') + 1)),
                CausalNetwork.kind(subject), types.get(subject), property.substring(USMX.length()), first.date(), first.precision(),
                lane(countries.get(subject)), papers, status, positions, conflict));
        }
        return items;
    }

    private static Query restricted(Query base, List<String> vars, List<List<String>> rows) {
        return org.usmx.sparql.StartingFrom.rows(base, vars, rows);
    }

    /** SELECT (COUNT(*) AS ?n) over timeline-items.rq as a sub-select, grouped by lane if asked. */
    private static Query counting(boolean byLane) {
        Query count = QueryFactory.create(byLane ? "SELECT ?lane (COUNT(*) AS ?n) WHERE { } GROUP BY ?lane" : "SELECT (COUNT(*) AS ?n) WHERE { }");
        Query inner = ITEMS.cloneQuery();
        if (inner.getOrderBy() != null) inner.getOrderBy().clear(); // a count needs no order
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(group);
        return count;
    }

    /** nature: the conflict's usmx:conflictNature local name (Contradiction, Variant, Divergence), or null where none is recorded. */
    private record RecordedConflict(String property, String nature, DateConflict view) {}

    /** The recorded date conflicts about these subjects, listed under every one of them each is about. */
    private Map<String, List<RecordedConflict>> conflicts(Set<String> subjects) {
        Map<String, Map<String, Side>> sides = new LinkedHashMap<>();
        Map<String, Set<String>> abouts = new HashMap<>();
        Map<String, Map<String, String>> heads = new HashMap<>();
        for (Map<String, String> r : runner.select(restricted(CONFLICTS, List.of("about"), subjects.stream().map(List::of).toList()), Map.of()).rows()) {
            String c = r.get("conflict");
            heads.putIfAbsent(c, r);
            abouts.computeIfAbsent(c, k -> new TreeSet<>()).add(r.get("about"));
            sides.computeIfAbsent(c, k -> new TreeMap<>()).putIfAbsent(r.get("side"), new Side(r.get("side"), r.get("value"),
                r.get("paper"), r.get("quote"), r.containsKey("page") ? Integer.valueOf(r.get("page")) : null));
        }
        Map<String, List<RecordedConflict>> out = new HashMap<>();
        for (Map.Entry<String, Map<String, Side>> c : sides.entrySet()) {
            Map<String, String> h = heads.get(c.getKey());
            List<Side> list = List.copyOf(c.getValue().values());
            boolean between = list.stream().map(Side::paper).distinct().count() > 1;
            String nature = h.containsKey("nature") ? h.get("nature").substring(USMX.length()) : null;
            RecordedConflict rc = new RecordedConflict(h.get("property"), nature, new DateConflict(c.getKey(), h.get("topic"), between, list));
            abouts.get(c.getKey()).forEach(a -> out.computeIfAbsent(a, k -> new ArrayList<>()).add(rc));
        }
        return out;
    }

    /**
     * A recorded conflict is a contradiction of dates when its sides' dates disagree at the coarser
     * precision, or when a side is a claim with no date value to compare (the curator's record stands).
     */
    private static boolean contradicts(DateConflict c) {
        if (c.sides().stream().anyMatch(s -> s.value() == null)) return true;
        return incompatible(c.sides().stream().map(Side::value).distinct().toList());
    }

    /** True if two of the dates disagree when compared at the coarser precision of the two (1995 and 1995-10 agree). */
    static boolean incompatible(List<String> dates) {
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                String a = dates.get(i), b = dates.get(j);
                int n = Math.min(a.length(), b.length());
                if (!a.substring(0, n).equals(b.substring(0, n))) return true;
            }
        }
        return false;
    }

    private static String lane(Set<String> countries) {
        if (countries == null || countries.isEmpty()) return "unplaced";
        if (countries.size() > 1) return "bilateral";
        return countries.iterator().next();
    }

    private static String precision(String datatype) {
        if (datatype == null) return "unknown";
        if (datatype.endsWith("#gYear")) return "year";
        if (datatype.endsWith("#gYearMonth")) return "month";
        if (datatype.endsWith("#date")) return "day";
        return "unknown";
    }
}
