package org.usmx.sparql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.usmx.iri.IriPolicy;

/**
 * Prefixes every query sent to /sparql may use without declaring them (a query's own PREFIX
 * declarations win). The same list is in README.md and docs/data-model.md. The entity prefixes
 * (inst:, person:, claim:, …) name namespaces under the configured IRI base (--id-base), so they
 * come from {@link IriPolicy}; the vocabulary prefixes and graph: are fixed.
 */
public final class Prefixes {

    private Prefixes() {}

    private static final Map<String, String> VOCABULARY = Map.ofEntries(
        Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
        Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
        Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
        Map.entry("dcterms", "http://purl.org/dc/terms/"),
        Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
        Map.entry("org", "http://www.w3.org/ns/org#"),
        Map.entry("prov", "http://www.w3.org/ns/prov#"),
        Map.entry("bibo", "http://purl.org/ontology/bibo/"),
        Map.entry("cito", "http://purl.org/spar/cito/"),
        Map.entry("oa", "http://www.w3.org/ns/oa#"),
        Map.entry("time", "http://www.w3.org/2006/time#"),
        Map.entry("sh", "http://www.w3.org/ns/shacl#"),
        Map.entry("usmx", IriPolicy.DEFAULT_BASE + "ontology#"),
        Map.entry("graph", IriPolicy.DEFAULT.graphNamespace()));

    /** Prefix → the entity kind whose namespace it names ({base}id/{kind}/). */
    private static final Map<String, String> ENTITY_KINDS = Map.ofEntries(
        Map.entry("inst", "org"), Map.entry("person", "person"), Map.entry("place", "place"), Map.entry("event", "event"),
        Map.entry("init", "initiative"), Map.entry("post", "post"), Map.entry("mship", "membership"),
        Map.entry("factor", "factor"), Map.entry("doc", "document"), Map.entry("note", "note"), Map.entry("cit", "citation"),
        Map.entry("section", "section"), Map.entry("claim", "claim"), Map.entry("ev", "evidence"),
        Map.entry("conflict", "conflict"), Map.entry("qty", "quantity"));

    private static final Map<String, Map<String, String>> BY_BASE = new ConcurrentHashMap<>();

    /** The predeclared prefixes with the entity namespaces under {@code idBase} (Settings.idBase). */
    public static Map<String, String> standard(String idBase) {
        return BY_BASE.computeIfAbsent(idBase, b -> {
            IriPolicy iris = new IriPolicy(b);
            Map<String, String> all = new LinkedHashMap<>(VOCABULARY);
            ENTITY_KINDS.forEach((prefix, kind) -> all.put(prefix, iris.namespace(kind)));
            return Map.copyOf(all);
        });
    }

    /** The predeclared prefixes under the default base, {@link IriPolicy#DEFAULT_BASE} (the data files' own). */
    public static Map<String, String> standard() {
        return standard(IriPolicy.DEFAULT_BASE);
    }

    /** {@link #standard(String)} as a Jena prefix mapping (a new, modifiable one each time). */
    public static PrefixMapping mapping(String idBase) {
        PrefixMapping pm = new PrefixMappingImpl();
        pm.setNsPrefixes(standard(idBase));
        return pm;
    }

    /** {@link #mapping(String)} under the default base. */
    public static PrefixMapping mapping() {
        return mapping(IriPolicy.DEFAULT_BASE);
    }
}
