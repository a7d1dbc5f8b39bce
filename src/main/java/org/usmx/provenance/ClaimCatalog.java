package org.usmx.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/** All claims with their facets (type, source, attribution, subjects, causes, effects), filterable. */
public final class ClaimCatalog {

    private static final Query LIST = ClasspathQueries.query("sparql/list-claims.rq");
    private static final List<String> MULTI = List.of("type", "attributedTo", "about", "cause", "effect");

    private final List<Map<String, Object>> claims = new ArrayList<>();

    public ClaimCatalog(SelectRunner runner) {
        Map<String, Map<String, Object>> byIri = new LinkedHashMap<>();
        for (Map<String, String> r : runner.select(LIST, Map.of()).rows()) {
            Map<String, Object> c = byIri.computeIfAbsent(r.get("claim"), iri -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("iri", iri);
                MULTI.forEach(f -> m.put(f, new ArrayList<String>()));
                return m;
            });
            String facet = r.get("facet");
            if (MULTI.contains(facet)) {
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) c.get(facet);
                if (!values.contains(r.get("value"))) values.add(r.get("value"));
            } else {
                c.put(facet, r.get("value"));
            }
        }
        claims.addAll(byIri.values());
    }

    /** Claims matching every given filter (facet → IRI; "type" may be a local name like CausalClaim). */
    public List<Map<String, Object>> filter(Map<String, String> filters) {
        return claims.stream().filter(c -> filters.entrySet().stream().allMatch(f -> matches(c.get(f.getKey()), f.getValue()))).toList();
    }

    private static boolean matches(Object value, String wanted) {
        if (value instanceof List<?> list) return list.stream().anyMatch(v -> same(String.valueOf(v), wanted));
        return value != null && same(String.valueOf(value), wanted);
    }

    private static boolean same(String iri, String wanted) {
        return iri.equals(wanted) || iri.endsWith("#" + wanted) || iri.endsWith("/" + wanted);
    }
}
