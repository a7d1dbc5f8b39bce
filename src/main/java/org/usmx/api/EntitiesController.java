package org.usmx.api;

import org.usmx.http.Problem;
import org.usmx.http.Paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.javalin.http.Context;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.usmx.search.SearchIndex;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/** /api/entities?type=&q= and /api/entities/{kind}/{slug}: facts with sources, posts, claims about it. */
public final class EntitiesController {

    private static final Query LIST = ClasspathQueries.query("sparql/list-entities.rq");
    private static final Query FACTS = ClasspathQueries.query("sparql/entity-facts.rq");
    private static final Query MEMBERSHIPS = ClasspathQueries.query("sparql/entity-memberships.rq");
    private static final Query CLAIMS = ClasspathQueries.query("sparql/entity-claims.rq");
    private static final Query FACT_EVIDENCE = ClasspathQueries.query("sparql/entity-fact-evidence.rq");

    private final SelectRunner runner;
    private final SearchIndex search;
    private final String idBase;
    private final org.usmx.iri.IriPolicy iris;

    public EntitiesController(SelectRunner runner, SearchIndex search, String idBase) {
        this.runner = runner;
        this.search = search;
        this.idBase = idBase;
        this.iris = new org.usmx.iri.IriPolicy(idBase);
    }

    public void list(Context ctx) {
        String type = ctx.queryParam("type");
        String q = ctx.queryParam("q");
        Map<String, Map<String, Object>> byIri = new LinkedHashMap<>();
        for (Map<String, String> r : runner.select(LIST, Map.of("idSpace", NodeFactory.createLiteralString(iris.idNamespace()))).rows()) {
            Map<String, Object> e = byIri.computeIfAbsent(r.get("entity"), iri -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("iri", iri);
                m.put("label", r.get("label"));
                m.put("types", new ArrayList<String>());
                return m;
            });
            @SuppressWarnings("unchecked")
            List<String> types = (List<String>) e.get("types");
            if (!types.contains(r.get("type"))) types.add(r.get("type"));
        }
        List<Map<String, Object>> items = new ArrayList<>(byIri.values());
        if (type != null && !type.isBlank()) {
            checkType(type.trim(), items);
            items = items.stream().filter(e -> ofType(e, type.trim())).toList();
        }
        if (q != null && !q.isBlank()) {
            List<String> ranked = SearchController.run(search, new SearchIndex.Request(q, Set.copyOf(SearchIndex.ENTITY_KINDS), Set.of(), 0, 1000))
                .items().stream().map(SearchIndex.Hit::iri).toList();
            Set<String> keep = Set.copyOf(ranked);
            Map<String, Map<String, Object>> filtered = items.stream().filter(e -> keep.contains(e.get("iri")))
                .collect(Collectors.toMap(e -> (String) e.get("iri"), e -> e, (a, b) -> a, LinkedHashMap::new));
            items = ranked.stream().filter(filtered::containsKey).map(filtered::get).toList();
        }
        ctx.json(Paging.of(ctx).page(items));
    }

    /** A type no entity has (neither a kind nor a class local name nor a class IRI) is a 400 with close matches. */
    private void checkType(String type, List<Map<String, Object>> entities) {
        Set<String> known = new TreeSet<>();
        for (Map<String, Object> e : entities) {
            String iri = (String) e.get("iri");
            iris.parse(iri).ifPresent(entity -> known.add(entity.kind()));
            for (Object t : (List<?>) e.get("types")) known.add(t.toString().substring(t.toString().lastIndexOf('#') + 1));
        }
        if (entities.stream().anyMatch(e -> ofType(e, type))) return;
        throw Problem.badParameter("type", "type=" + type + " is neither a kind nor a class any entity has; known: " + String.join(", ", known) + ".",
            Filters.values(SearchIndex.closeWords(type.substring(type.lastIndexOf('#') + 1).replaceAll(".*:", ""), List.copyOf(known))));
    }

    public void get(Context ctx) {
        String kind = ctx.pathParam("kind");
        String slug = ctx.pathParam("slug");
        try {
            org.usmx.iri.IriPolicy.check(kind, slug);
        } catch (org.usmx.iri.IriPolicy.Malformed e) {
            throw Problem.badParameter("kind/slug", e.getMessage() + " Got " + kind + "/" + slug + " (e.g. org/sedena).");
        }
        String iri = new org.usmx.iri.IriPolicy(idBase).entity(kind, slug);
        Map<String, Node> bind = Map.of("entity", NodeFactory.createURI(iri));
        List<Map<String, String>> facts = runner.select(FACTS, bind).rows();
        if (facts.isEmpty()) throw Problem.notFound("Nothing is known about " + iri);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iri", iri);
        out.put("facts", withEvidence(facts, runner.select(FACT_EVIDENCE, bind).rows()));
        out.put("memberships", runner.select(MEMBERSHIPS, bind).rows().stream().map(Rows::typed).toList());
        out.put("claims", runner.select(CLAIMS, bind).rows());
        ctx.json(out);
    }

    /**
     * Each fact with the paper, quote and page that state it: one row per fact and stating passage
     * (a fact two papers state appears twice); facts no paper states (types, names) carry none.
     */
    private static List<Map<String, Object>> withEvidence(List<Map<String, String>> facts, List<Map<String, String>> evidence) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        for (Map<String, String> f : facts) {
            List<Map<String, String>> stated = evidence.stream().filter(e -> e.get("property").equals(f.get("property"))
                && e.get("value").equals(f.get("value"))).toList();
            if (stated.isEmpty()) {
                out.add(Rows.typed(f));
                continue;
            }
            // the same triple in several graphs is one fact: its passages are listed once
            if (!done.add(f.get("property") + "\n" + f.get("value"))) continue;
            for (Map<String, String> e : stated) {
                Map<String, String> row = new LinkedHashMap<>(f);
                for (String k : List.of("paper", "quote", "page")) if (e.containsKey(k)) row.put(k, e.get(k));
                out.add(Rows.typed(row));
            }
        }
        return out;
    }

    /**
     * Whether an entity matches a type filter given as a class IRI, a class's local name in any
     * case ("Person", "person", "MilitaryCommand") or an IRI kind ("org", "initiative").
     */
    static boolean ofType(Map<String, Object> entity, String type) {
        if (((String) entity.get("iri")).contains("/id/" + type.toLowerCase(java.util.Locale.ROOT) + "/")) return true;
        return ((List<?>) entity.get("types")).stream().map(Object::toString)
            .anyMatch(t -> t.equals(type) || t.substring(t.lastIndexOf('#') + 1).equalsIgnoreCase(type));
    }
}
