package org.usmx.reconcile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

import org.usmx.http.Paging;
import org.usmx.http.Problem;
import org.usmx.linkeddata.LocalPaths;

/**
 * The W3C Entity Reconciliation Service API (what OpenRefine speaks) at /reconcile:
 * <ul>
 * <li>GET /reconcile with no queries: the service manifest;</li>
 * <li>GET or POST /reconcile with a {@code queries} parameter: a 0.2 batch, an object of
 *     queries by key ({@code {"q0": {"query": "Sedena", "type": ..., "properties": [...]}}})
 *     answered as {@code {"q0": {"result": [...]}}};</li>
 * <li>POST /reconcile with a JSON body {@code {"queries": [...]}} (the draft after 0.2): answered
 *     as {@code {"results": [{"candidates": [...]}]}};</li>
 * <li>/reconcile/suggest/entity|type|property?prefix= and /reconcile/preview?id=.</li>
 * </ul>
 */
public final class ReconcileController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_LIMIT = 5, MAX_LIMIT = 100, MAX_QUERIES = 500;

    private final Reconciler reconciler;
    private final PreviewPage preview;
    private final String idBase;

    public ReconcileController(Reconciler reconciler, PreviewPage preview, String idBase) {
        this.reconciler = reconciler;
        this.preview = preview;
        this.idBase = idBase;
    }

    /** GET /reconcile: the manifest, or a 0.2 batch given as ?queries=. */
    public void get(Context ctx) {
        String queries = ctx.queryParam("queries");
        if (queries == null) {
            ctx.json(manifest(base(ctx)));
            return;
        }
        ctx.json(batch02(parse("queries", queries)));
    }

    /** POST /reconcile: a 0.2 batch as the form field queries, or a JSON body {"queries": [...]}. */
    public void post(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonNode body = parse("body", ctx.body());
            if (!body.path("queries").isArray()) {
                throw Problem.badParameter("queries", "A JSON body is {\"queries\": [ {\"query\": \"...\"}, ... ]}.");
            }
            ctx.json(batchDraft(body.path("queries")));
            return;
        }
        String queries = ctx.formParam("queries");
        if (queries == null) {
            throw Problem.badParameter("queries", "POST /reconcile takes the form field queries (a JSON object of queries by key) "
                + "or a JSON body {\"queries\": [...]}; GET /reconcile gives the manifest.");
        }
        ctx.json(batch02(parse("queries", queries)));
    }

    public Map<String, Object> manifest(String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "usmx-kg: US–Mexico defense relations knowledge graph");
        m.put("identifierSpace", new org.usmx.iri.IriPolicy(idBase).idNamespace());
        m.put("schemaSpace", org.usmx.store.Vocab.ONT);
        m.put("documentation", base + "/api/openapi.json");
        m.put("defaultTypes", reconciler.defaultTypes());
        m.put("view", Map.of("url", "{{id}}"));
        m.put("preview", Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 400, "height", 160));
        Map<String, Object> suggest = new LinkedHashMap<>();
        for (String s : List.of("entity", "type", "property")) {
            suggest.put(s, Map.of("service_url", base, "service_path", "/reconcile/suggest/" + s));
        }
        m.put("suggest", suggest);
        return m;
    }

    /** {"q0": {...}, "q1": {...}} → {"q0": {"result": [...]}, ...} */
    private Map<String, Object> batch02(JsonNode queries) {
        if (!queries.isObject()) throw Problem.badParameter("queries", "queries is a JSON object of queries by key, e.g. {\"q0\": {\"query\": \"Sedena\"}}.");
        if (queries.size() > MAX_QUERIES) throw Problem.badParameter("queries", "At most " + MAX_QUERIES + " queries per batch, got " + queries.size() + ".");
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = queries.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> q = it.next();
            out.put(q.getKey(), Map.of("result", reconcile("queries." + q.getKey(), q.getValue())));
        }
        return out;
    }

    /** {"queries": [...]} → {"results": [{"candidates": [...]}]}, names as [{"str": ...}] per the draft. */
    private Map<String, Object> batchDraft(JsonNode queries) {
        if (queries.size() > MAX_QUERIES) throw Problem.badParameter("queries", "At most " + MAX_QUERIES + " queries per batch, got " + queries.size() + ".");
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (Reconciler.Candidate c : reconcile("queries[" + i + "]", queries.get(i))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("name", List.of(Map.of("str", c.name())));
                m.put("description", c.description());
                m.put("type", c.type());
                m.put("score", c.score());
                m.put("match", c.match());
                candidates.add(m);
            }
            results.add(Map.of("candidates", candidates));
        }
        return Map.of("results", results);
    }

    private List<Reconciler.Candidate> reconcile(String where, JsonNode query) {
        try {
            return reconciler.reconcile(request(where, query));
        } catch (org.usmx.search.SearchIndex.InvalidRequest e) {
            throw Problem.badParameter(where + ".query", e.getMessage());
        }
    }

    /** One query of either version: query (or a condition without pid), type, limit, properties or conditions. */
    private Reconciler.Request request(String where, JsonNode q) {
        if (q.isTextual()) return new Reconciler.Request(q.asText(), List.of(), List.of(), DEFAULT_LIMIT);
        if (!q.isObject()) throw Problem.badParameter(where, where + " must be an object such as {\"query\": \"Sedena\"}.");
        StringBuilder name = new StringBuilder(q.path("query").asText(""));
        List<String> types = new ArrayList<>();
        JsonNode type = q.path("type");
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isMissingNode() || t.isNull() || t.asText().isBlank()) continue;
            types.add(reconciler.type(t.asText()).orElseThrow(() -> Problem.badParameter(where + ".type",
                "Unknown type \"" + t.asText() + "\"; /reconcile/suggest/type?prefix= lists the types.",
                reconciler.suggestTypes(t.asText().length() > 3 ? t.asText().substring(0, 3) : t.asText(), 5))));
        }
        int limit = DEFAULT_LIMIT;
        if (q.has("limit")) {
            if (!q.path("limit").canConvertToInt() || q.path("limit").asInt() < 1 || q.path("limit").asInt() > MAX_LIMIT) {
                throw Problem.badParameter(where + ".limit", "limit must be an integer from 1 to " + MAX_LIMIT + ", got " + q.path("limit"));
            }
            limit = q.path("limit").asInt();
        }
        List<Reconciler.Condition> conditions = new ArrayList<>();
        JsonNode props = q.has("conditions") ? q.path("conditions") : q.path("properties");
        if (!props.isMissingNode() && !props.isArray()) throw Problem.badParameter(where + ".properties", "properties is an array of {\"pid\": ..., \"v\": ...}.");
        for (JsonNode p : props) {
            List<String> values = values(p.path("v"));
            if (!p.hasNonNull("pid")) {
                // the draft gives the name as a condition without a property
                if (name.isEmpty()) name.append(String.join(" ", values));
                continue;
            }
            String pid = p.path("pid").asText();
            String property = reconciler.property(pid).orElseThrow(() -> Problem.badParameter(where + ".properties",
                "Unknown property \"" + pid + "\"; /reconcile/suggest/property?prefix= lists them.",
                reconciler.suggestProperties(org.usmx.search.Identifiers.localName(pid).length() > 3
                    ? org.usmx.search.Identifiers.localName(pid).substring(0, 3) : pid, 5)));
            conditions.add(new Reconciler.Condition(property, values, p.path("required").asBoolean(false)));
        }
        if (name.isEmpty() && conditions.isEmpty()) throw Problem.badParameter(where + ".query", where + " has no query (name) and no properties.");
        return new Reconciler.Request(name.toString(), types, conditions, limit);
    }

    /** A property value: a string, number, {"id": ...} or an array of those. */
    private static List<String> values(JsonNode v) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : v.isArray() ? v : List.of(v)) {
            if (x.isObject()) {
                if (x.hasNonNull("id")) out.add(x.path("id").asText());
                else if (x.hasNonNull("name")) out.add(x.path("name").asText());
            } else if (!x.isMissingNode() && !x.isNull()) {
                out.add(x.asText());
            }
        }
        return out;
    }

    /** GET /reconcile/suggest/entity?prefix=&type=&cursor= */
    public void suggestEntity(Context ctx) {
        String prefix = prefix(ctx);
        Optional<String> type = Optional.ofNullable(ctx.queryParam("type")).filter(t -> !t.isBlank())
            .map(t -> reconciler.type(t).orElseThrow(() -> Problem.badParameter("type", "Unknown type \"" + t + "\".", reconciler.suggestTypes(t, 5))));
        int cursor = Paging.intParam(ctx, "cursor", 0, 0, 1000);
        List<Map<String, Object>> result = new ArrayList<>();
        List<Reconciler.Candidate> found;
        try {
            found = reconciler.suggest(prefix, type, cursor + 10);
        } catch (org.usmx.search.SearchIndex.InvalidRequest e) {
            throw Problem.badParameter("prefix", e.getMessage());
        }
        for (Reconciler.Candidate c : found.subList(Math.min(cursor, found.size()), found.size())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("description", c.description());
            m.put("notable", c.type());
            result.add(m);
        }
        ctx.json(Map.of("result", result));
    }

    /** GET /reconcile/suggest/type?prefix= */
    public void suggestType(Context ctx) {
        ctx.json(Map.of("result", reconciler.suggestTypes(prefix(ctx), 20)));
    }

    /** GET /reconcile/suggest/property?prefix= */
    public void suggestProperty(Context ctx) {
        ctx.json(Map.of("result", reconciler.suggestProperties(prefix(ctx), 20)));
    }

    /** GET /reconcile/preview?id= : a small HTML page for a client's preview frame. */
    public void preview(Context ctx) {
        String id = ctx.queryParam("id");
        if (id == null || id.isBlank()) throw Problem.badParameter("id", "id is required: the IRI of a candidate.");
        Reconciler.Preview p = reconciler.preview(id.trim())
            .orElseThrow(() -> Problem.notFound("No node " + id + " to preview."));
        ctx.contentType("text/html; charset=utf-8").result(preview.render(p, base(ctx) + LocalPaths.page(p.id(), idBase)));
    }

    private static String prefix(Context ctx) {
        String prefix = ctx.queryParam("prefix");
        if (prefix == null || prefix.isBlank()) throw Problem.badParameter("prefix", "prefix is required: the first letters typed.");
        if (prefix.length() > 200) throw Problem.badParameter("prefix", "prefix is at most 200 characters.");
        return prefix;
    }

    private static JsonNode parse(String param, String json) {
        try {
            return JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw Problem.badParameter(param, param + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The service's own address as the client reached it (for the manifest's absolute URLs). */
    private static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
