package org.usmx.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.apache.jena.query.Query;
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

    private final List<Item> items = new ArrayList<>();

    /** @param idBase the configured IRI base (Settings.idBase) the store's places are under */
    public Timeline(SelectRunner runner, String idBase) {
        org.usmx.iri.IriPolicy iris = new org.usmx.iri.IriPolicy(idBase);
        String place = iris.namespace("place");
        Map<String, org.apache.jena.graph.Node> countryIris = Map.of(
            "mexico", org.apache.jena.graph.NodeFactory.createURI(iris.entity("place", "mexico")),
            "unitedStates", org.apache.jena.graph.NodeFactory.createURI(iris.entity("place", "united-states")));
        Map<String, String> labels = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        for (Map<String, String> r : runner.forBuilding().select(SUBJECTS, countryIris).rows()) {
            String s = r.get("subject");
            if (r.containsKey("label")) labels.putIfAbsent(s, r.get("label"));
            if (r.containsKey("type")) {
                String local = r.get("type").substring(USMX.length());
                String had = types.get(s);
                if (had == null || GENERIC_TYPES.contains(had) && !GENERIC_TYPES.contains(local)) types.put(s, local);
            }
            if (r.containsKey("country")) countries.computeIfAbsent(s, k -> new TreeSet<>()).add(r.get("country").substring(place.length()));
        }
        Map<String, List<RecordedConflict>> conflictsBySubject = conflicts(runner);

        // subject + property → date → sources
        Map<String, Map<String, Map<String, Source>>> facts = new LinkedHashMap<>();
        Map<String, String> precisions = new HashMap<>();
        for (Map<String, String> r : runner.forBuilding().select(FACTS, Map.of()).rows()) {
            // an attested date says "in office at that time": two of them are two facts, never a disagreement
            boolean attested = r.get("property").equals(USMX + "attestedDate");
            String key = r.get("subject") + " " + r.get("property") + (attested ? " " + r.get("date") : "");
            precisions.put(r.get("date"), precision(r.get("precision")));
            Map<String, Source> sources = facts.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(r.get("date"), k -> new TreeMap<>());
            String paper = iris.documentOfGraph(r.get("graph")).orElse(r.get("graph")); // graph/downie-2011 → document/downie-2011
            Source src = new Source(paper, r.get("evidence"), r.get("quote"), r.containsKey("page") ? Integer.valueOf(r.get("page")) : null);
            sources.putIfAbsent(paper + " " + r.getOrDefault("evidence", ""), src);
        }
        for (Map.Entry<String, Map<String, Map<String, Source>>> f : facts.entrySet()) {
            String[] key = f.getKey().split(" ");
            String subject = key[0];
            String property = key[1];
            List<Position> positions = f.getValue().entrySet().stream()
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
        items.sort(Comparator.comparing(Item::date).thenComparing(Item::subject).thenComparing(Item::property));
    }

    /** nature: the conflict's usmx:conflictNature local name (Contradiction, Variant, Divergence), or null where none is recorded. */
    private record RecordedConflict(String property, String nature, DateConflict view) {}

    /** Recorded date conflicts, listed under every subject each is about. */
    private static Map<String, List<RecordedConflict>> conflicts(SelectRunner runner) {
        Map<String, Map<String, Side>> sides = new LinkedHashMap<>();
        Map<String, Set<String>> abouts = new HashMap<>();
        Map<String, Map<String, String>> heads = new HashMap<>();
        for (Map<String, String> r : runner.forBuilding().select(CONFLICTS, Map.of()).rows()) {
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

    /** Items whose first date lies in [from, to] (compared on the shorter of the two precisions), about a subject, from a paper, in a lane. */
    public List<Item> between(String from, String to, String about, String paper, String lane) {
        return items.stream()
            .filter(e -> from == null || e.date().compareTo(from.substring(0, Math.min(from.length(), e.date().length()))) >= 0)
            .filter(e -> to == null || e.date().substring(0, Math.min(to.length(), e.date().length())).compareTo(to) <= 0)
            .filter(e -> about == null || about.equals(e.subject()))
            .filter(e -> paper == null || e.papers().contains(paper))
            .filter(e -> lane == null || lane.equals(e.lane()))
            .toList();
    }

    public List<Item> all() {
        return items;
    }

    private static String precision(String datatype) {
        if (datatype == null) return "unknown";
        if (datatype.endsWith("#gYear")) return "year";
        if (datatype.endsWith("#gYearMonth")) return "month";
        if (datatype.endsWith("#date")) return "day";
        return "unknown";
    }
}
