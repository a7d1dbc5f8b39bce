package org.usmx.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.usmx.search.Identifiers;
import org.usmx.search.SearchIndex;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * Matches names (and optionally a type and property values) to the graph's nodes, for the W3C
 * Entity Reconciliation API: candidates come from the search index, restricted to the type,
 * scored by how they matched (name, alias, all words, some words, close spelling) and by the
 * properties given; a candidate is a match when it is unambiguous. Plain data, no HTTP.
 */
public final class Reconciler {

    /** A type (class) by IRI and label. */
    public record Type(String id, String name) {}

    /** A property a query may match on. */
    public record Property(String id, String name) {}

    /** A property condition: the property's IRI and the values wanted (IRIs or strings). */
    public record Condition(String property, List<String> values, boolean required) {}

    /** One query: the name (may be empty when conditions say enough), types, conditions, how many. */
    public record Request(String name, List<String> types, List<Condition> conditions, int limit) {}

    /** One candidate, as the protocol wants it. */
    public record Candidate(String id, String name, String description, List<Type> type, double score, boolean match) {}

    /** What the preview shows. */
    /** A node for a preview card: IRI, name, other names, classes, index kind and its definition or comment (null if none). */
    public record Preview(String id, String name, List<String> aliases, List<Type> types, String kind, String description) {}

    /** Node kinds reconciliation returns: named things and documents, not claims or notes. */
    static final Set<String> KINDS;
    static {
        Set<String> k = new LinkedHashSet<>(SearchIndex.ENTITY_KINDS);
        k.add("document");
        KINDS = Set.copyOf(k);
    }

    private static final Query TYPES = ClasspathQueries.query("sparql/reconcile-types.rq");
    private static final Query PROPERTIES = ClasspathQueries.query("sparql/reconcile-properties.rq");
    private static final Query VALUES = ClasspathQueries.query("sparql/reconcile-values.rq");
    private static final Query DESCRIPTION = ClasspathQueries.query("sparql/reconcile-description.rq");

    private final SearchIndex index;
    private final SelectRunner runner;
    private final Identifiers ids;
    private final Map<String, List<Type>> typesOf = new LinkedHashMap<>();
    private final Map<String, Type> types = new LinkedHashMap<>();
    private final List<Property> properties = new ArrayList<>();

    public Reconciler(SearchIndex index, SelectRunner runner, String idBase) {
        this.index = index;
        this.runner = runner;
        this.ids = new Identifiers(idBase);
        for (Map<String, String> r : runner.select(TYPES, Map.of()).rows()) {
            if (!index.contains(r.get("node"))) continue;
            Type t = types.computeIfAbsent(r.get("type"), iri -> new Type(iri, r.getOrDefault("typeLabel", Identifiers.localName(iri))));
            typesOf.computeIfAbsent(r.get("node"), k -> new ArrayList<>()).add(t);
        }
        for (Map<String, String> r : runner.select(PROPERTIES, Map.of()).rows()) {
            properties.add(new Property(r.get("property"), r.getOrDefault("label", Identifiers.localName(r.get("property")))));
        }
    }

    /** Types that are good first choices: the top classes of named things. */
    public List<Type> defaultTypes() {
        List<Type> out = new ArrayList<>();
        for (String local : List.of("Organization", "Person", "Place", "Event", "Initiative", "Factor", "SourcePaper")) {
            Type t = types.get(org.usmx.store.Vocab.ONT + local);
            if (t != null) out.add(t);
        }
        return out;
    }

    /** The class a query's type names (IRI, prefixed name, local name in any case), if any. */
    public Optional<String> type(String written) {
        String w = written.trim();
        Optional<String> iri = ids.iri(w);
        if (iri.isPresent() && types.containsKey(iri.get())) return iri;
        for (String t : types.keySet()) if (Identifiers.localName(t).equalsIgnoreCase(Identifiers.localName(w))) return Optional.of(t);
        return Optional.empty();
    }

    /** The property a condition's pid names (IRI, prefixed name or local name), if any. */
    public Optional<String> property(String written) {
        String w = written.trim();
        Optional<String> iri = ids.iri(w);
        for (Property p : properties) if (iri.map(p.id()::equals).orElse(false)) return Optional.of(p.id());
        for (Property p : properties) if (Identifiers.localName(p.id()).equalsIgnoreCase(Identifiers.localName(w))) return Optional.of(p.id());
        return Optional.empty();
    }

    /** Candidates for one query, best first. */
    public List<Candidate> reconcile(Request req) {
        Set<String> wanted = new LinkedHashSet<>(req.types());
        int pool = Math.max(req.limit() * 5, 25);
        List<SearchIndex.Hit> hits = new ArrayList<>();
        if (!req.name().isBlank()) {
            hits.addAll(index.search(new SearchIndex.Request(req.name(), KINDS, Set.of(), 0, 1000)).items());
        }
        List<Scored> scored = new ArrayList<>();
        for (SearchIndex.Hit h : hits) {
            if (!wanted.isEmpty() && typesOf.getOrDefault(h.iri(), List.of()).stream().noneMatch(t -> wanted.contains(t.id()))) continue;
            scored.add(new Scored(h, base(h, req.name())));
            if (scored.size() >= pool) break;
        }
        if (!req.conditions().isEmpty()) {
            for (Condition c : req.conditions()) {
                Map<String, List<String[]>> values = values(c.property(), scored.stream().map(s -> s.hit().iri()).toList());
                for (Scored s : scored) {
                    boolean ok = satisfies(values.getOrDefault(s.hit().iri(), List.of()), c.values());
                    s.score += ok ? 10 : (c.required() ? -100 : -10);
                    if (!ok) s.conditionsMet = false;
                }
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && out.size() < req.limit(); i++) {
            Scored s = scored.get(i);
            if (s.score <= 0) continue;
            boolean unambiguous = i == 0 && (scored.size() == 1 || scored.get(1).score < s.score - 5);
            boolean match = unambiguous && s.conditionsMet && s.score >= 90;
            out.add(new Candidate(s.hit().iri(), s.hit().label(), description(s.hit()), typesOf.getOrDefault(s.hit().iri(), List.of()),
                Math.max(0, Math.min(100, s.score)), match));
        }
        return out;
    }

    /** Entities whose names start with or contain the prefix (typeahead in a client's cell editor). */
    public List<Candidate> suggest(String prefix, Optional<String> type, int limit) {
        List<String> t = type.map(List::of).orElse(List.of());
        return reconcile(new Request(prefix, t, List.of(), limit)).stream()
            .map(c -> new Candidate(c.id(), c.name(), c.description(), c.type(), c.score(), false)).toList();
    }

    /** Types whose label or local name contains the prefix. */
    public List<Type> suggestTypes(String prefix, int limit) {
        String p = prefix.toLowerCase(Locale.ROOT).trim();
        return types.values().stream().filter(t -> t.name().toLowerCase(Locale.ROOT).contains(p)
            || Identifiers.localName(t.id()).toLowerCase(Locale.ROOT).contains(p)).limit(limit).toList();
    }

    /** Properties whose label or local name contains the prefix. */
    public List<Property> suggestProperties(String prefix, int limit) {
        String p = prefix.toLowerCase(Locale.ROOT).trim();
        return properties.stream().filter(x -> x.name().toLowerCase(Locale.ROOT).contains(p)
            || Identifiers.localName(x.id()).toLowerCase(Locale.ROOT).contains(p)).limit(limit).toList();
    }

    public Optional<Preview> preview(String id) {
        String iri = ids.iri(id).orElse(id);
        if (!index.contains(iri)) return Optional.empty();
        List<String> names = index.names(iri);
        List<Map<String, String>> described = runner.rows(DESCRIPTION, "node", iri);
        return Optional.of(new Preview(iri, names.get(0), names.subList(1, names.size()), typesOf.getOrDefault(iri, List.of()),
            index.kindOf(iri).orElse(""), described.isEmpty() ? null : described.get(0).get("description")));
    }

    private static final class Scored {
        final SearchIndex.Hit hit;
        double score;
        boolean conditionsMet = true;

        Scored(SearchIndex.Hit hit, double score) {
            this.hit = hit;
            this.score = score;
        }

        SearchIndex.Hit hit() { return hit; }
    }

    /** A score out of 100 for how the name matched: the whole name, an alias, every word of a name, fewer. */
    private double base(SearchIndex.Hit h, String query) {
        return switch (h.match()) {
            case IDENTIFIER, NAME -> 100;
            case ALIAS -> 95;
            case ALL_WORDS -> coversAName(h.iri(), query) ? 90 : 60;
            case SOME_WORDS -> 35;
            case CLOSE_SPELLING -> 25;
        };
    }

    /** Whether the query's words (prefixes count: "Gen." for "General") cover every word of one of the node's names. */
    private boolean coversAName(String iri, String query) {
        List<String> q = index.fold(query);
        for (String name : index.names(iri)) {
            List<String> words = index.fold(name);
            if (!words.isEmpty() && words.size() == q.size()
                && words.stream().allMatch(w -> q.stream().anyMatch(t -> w.equals(t) || (t.length() >= 2 && w.startsWith(t))))) return true;
        }
        return false;
    }

    /** What tells namesakes apart: the node's classes, else its kind. */
    private String description(SearchIndex.Hit h) {
        List<Type> t = typesOf.getOrDefault(h.iri(), List.of());
        return t.isEmpty() ? h.kind() : String.join(", ", t.stream().map(Type::name).toList());
    }

    /** Values (IRI or lexical form, and a label for IRIs) of a property on the given nodes. */
    private Map<String, List<String[]>> values(String property, List<String> nodes) {
        if (nodes.isEmpty()) return Map.of();
        Query q = VALUES.cloneQuery();
        Var node = Var.alloc("node");
        List<Binding> rows = new ArrayList<>();
        for (String n : nodes) rows.add(BindingFactory.binding(node, NodeFactory.createURI(n)));
        q.setValuesDataBlock(List.of(node), rows);
        Map<String, Node> bind = Map.of("property", NodeFactory.createURI(property));
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (Map<String, String> r : runner.select(q, bind).rows()) {
            out.computeIfAbsent(r.get("node"), k -> new ArrayList<>()).add(new String[] {r.get("value"), r.get("valueLabel")});
        }
        return out;
    }

    /** A candidate's values satisfy a condition when one equals a wanted IRI, or its text or label equals a wanted string (folded). */
    private boolean satisfies(List<String[]> have, List<String> wanted) {
        for (String w : wanted) {
            String wIri = ids.iri(w).orElse(null);
            String wText = String.join(" ", index.fold(w));
            for (String[] v : have) {
                if (v[0].equals(w) || v[0].equals(wIri)) return true;
                if (!wText.isEmpty() && (String.join(" ", index.fold(v[0])).equals(wText)
                    || (v[1] != null && String.join(" ", index.fold(v[1])).equals(wText)))) return true;
                if (v[1] != null && index.names(v[0]).stream().anyMatch(n -> String.join(" ", index.fold(n)).equals(wText))) return true;
            }
        }
        return false;
    }
}
