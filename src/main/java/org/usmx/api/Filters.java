package org.usmx.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.usmx.http.Problem;
import org.usmx.search.Identifiers;
import org.usmx.search.SearchIndex;

/**
 * Filter values checked before they reach a query, so a filter that cannot match says so: an
 * IRI, prefixed name or slug that names no node, an unknown prefix, class or kind is a 400 that
 * names the parameter and lists close matches. A valid filter that matches nothing is not an
 * error (the list is empty, total 0).
 */
public final class Filters {

    /** A close match in a problem body: the value to write instead, and the node's IRI and label if it is one. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Suggestion(String value, String iri, String label) {}

    /** Plain values (kinds, parameter names) as suggestions. */
    public static List<Suggestion> values(List<String> values) {
        return values.stream().map(v -> new Suggestion(v, null, null)).toList();
    }

    private final SearchIndex index;
    private final Identifiers ids;
    private final String idBase;
    private final org.usmx.iri.IriPolicy iris;

    /** The configured IRI base (Settings.idBase) the filters read identifiers under. */
    public String idBase() { return idBase; }

    public Filters(SearchIndex index, String idBase) {
        this.index = index;
        this.ids = new Identifiers(idBase);
        this.idBase = idBase;
        this.iris = new org.usmx.iri.IriPolicy(idBase);
    }

    /**
     * The IRI of a node the value names (full IRI, prefixed name, kind/slug, or a bare slug that
     * only one node has), or a 400 naming the parameter with close matches.
     */
    public String node(String param, String value) {
        return node(param, value, Set.of());
    }

    /** As {@link #node(String, String)}, also accepting IRIs the caller knows outside the index (e.g. usmx:UnnamedAnalysts). */
    public String node(String param, String value, Set<String> alsoKnown) {
        String v = value.trim();
        Optional<String> iri = ids.iri(v);
        if (iri.isPresent() && (index.contains(iri.get()) || alsoKnown.contains(iri.get()))) return iri.get();
        if (iri.isEmpty() && v.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            List<String> bySlug = new ArrayList<>();
            for (String kind : SearchIndex.KINDS) if (index.contains(iris.namespace(kind) + v)) bySlug.add(iris.namespace(kind) + v);
            if (bySlug.size() == 1) return bySlug.get(0);
        }
        throw Problem.badParameter(param, param + "=" + v + " names nothing in the graph: " + why(v, iri)
            + " Give an IRI, a prefixed name (inst:sedena) or kind/slug (org/sedena).", suggestions(v, Set.of()));
    }

    /** A paper: its IRI, doc:slug, document/slug or the bare slug; must be one of the papers. */
    public String paper(String param, String value) {
        String v = value.trim();
        String iri = ids.iri(v).orElse(iris.namespace("document") + v);
        if (index.papers().containsKey(iri)) return iri;
        List<Suggestion> close = new ArrayList<>();
        List<String> slugs = index.papers().keySet().stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
        for (String s : SearchIndex.closeWords(Identifiers.localName(v), slugs)) {
            String p = iris.namespace("document") + s;
            close.add(new Suggestion("doc:" + s, p, index.papers().get(p)));
        }
        throw Problem.badParameter(param, param + "=" + v + " is not a paper of the graph; GET /api/sources lists them.", close);
    }

    /**
     * A class given by IRI, prefixed name or local name in any case ("CausalClaim", "person"), among
     * the known ones (IRIs); or a 400 with close local names.
     */
    public String type(String param, String value, List<String> known) {
        String v = value.trim();
        Optional<String> iri = ids.iri(v);
        if (iri.isPresent() && known.contains(iri.get())) return iri.get();
        Map<String, String> byLocal = new LinkedHashMap<>();
        for (String k : known) byLocal.putIfAbsent(Identifiers.localName(k).toLowerCase(Locale.ROOT), k);
        String hit = byLocal.get(Identifiers.localName(v).toLowerCase(Locale.ROOT));
        if (hit != null && (iri.isEmpty() || !v.contains(":") || iri.get().equals(hit))) return hit;
        List<String> locals = known.stream().map(Identifiers::localName).toList();
        List<Suggestion> close = SearchIndex.closeWords(Identifiers.localName(v), locals).stream()
            .map(l -> new Suggestion(l, byLocal.get(l.toLowerCase(Locale.ROOT)), l)).toList();
        throw Problem.badParameter(param, param + "=" + v + " is not a known type; types are " + String.join(", ", locals) + ".", close);
    }

    private String why(String v, Optional<String> iri) {
        if (iri.isPresent()) return "no node " + iri.get() + ".";
        if (Identifiers.looksPrefixed(v)) {
            String prefix = v.substring(0, v.indexOf(':'));
            Optional<String> ns = ids.namespace(prefix);
            if (ns.isPresent()) return prefix + ": is " + ns.get() + ", and nothing there is called " + Identifiers.localName(v) + ".";
            return "unknown prefix " + prefix + ":.";
        }
        return "not an identifier.";
    }

    private List<Suggestion> suggestions(String v, Set<String> kinds) {
        String written = v;
        // org: is the W3C Organization Ontology; inst:usnorthcom is what org:usnorthcom usually means
        if (Identifiers.looksPrefixed(v)) written = Identifiers.localName(v);
        List<Suggestion> out = new ArrayList<>();
        for (SearchIndex.Hit h : index.closeMatches(written, kinds, 5)) out.add(new Suggestion(ids.compact(h.iri()), h.iri(), h.label()));
        return out;
    }
}
