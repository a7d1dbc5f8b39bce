package org.usmx.sparql;

import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/**
 * Prefixes every query sent to /sparql may use without declaring them (a query's own PREFIX
 * declarations win). The same list is in README.md and docs/data-model.md.
 */
public final class Prefixes {

    private Prefixes() {}

    private static final Map<String, String> STANDARD = Map.ofEntries(
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
        Map.entry("usmx", "https://w3id.org/usmx/ontology#"),
        Map.entry("inst", "https://w3id.org/usmx/id/org/"),
        Map.entry("person", "https://w3id.org/usmx/id/person/"),
        Map.entry("place", "https://w3id.org/usmx/id/place/"),
        Map.entry("event", "https://w3id.org/usmx/id/event/"),
        Map.entry("init", "https://w3id.org/usmx/id/initiative/"),
        Map.entry("post", "https://w3id.org/usmx/id/post/"),
        Map.entry("mship", "https://w3id.org/usmx/id/membership/"),
        Map.entry("factor", "https://w3id.org/usmx/id/factor/"),
        Map.entry("doc", "https://w3id.org/usmx/id/document/"),
        Map.entry("note", "https://w3id.org/usmx/id/note/"),
        Map.entry("cit", "https://w3id.org/usmx/id/citation/"),
        Map.entry("section", "https://w3id.org/usmx/id/section/"),
        Map.entry("claim", "https://w3id.org/usmx/id/claim/"),
        Map.entry("ev", "https://w3id.org/usmx/id/evidence/"),
        Map.entry("conflict", "https://w3id.org/usmx/id/conflict/"),
        Map.entry("qty", "https://w3id.org/usmx/id/quantity/"),
        Map.entry("graph", "https://w3id.org/usmx/graph/"));

    public static Map<String, String> standard() {
        return STANDARD;
    }

    public static PrefixMapping mapping() {
        PrefixMapping pm = new PrefixMappingImpl();
        pm.setNsPrefixes(STANDARD);
        return pm;
    }
}
