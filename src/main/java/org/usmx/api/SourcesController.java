package org.usmx.api;

import org.usmx.http.Problem;
import org.usmx.http.Paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

import org.apache.jena.query.Query;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.DataFiles;

/** /api/sources, /api/sources/{id} (metadata, counts, canonical text with claim spans) and /api/conflicts. */
public final class SourcesController {

    private static final Query SOURCES = ClasspathQueries.query("sparql/list-sources.rq");
    private static final Query SPANS = ClasspathQueries.query("sparql/source-spans.rq");
    private static final Query CONFLICTS = ClasspathQueries.query("sparql/list-conflicts.rq");

    private final SelectRunner runner;
    private final DataFiles files;
    private final String idBase;

    public SourcesController(SelectRunner runner, DataFiles files, String idBase) {
        this.runner = runner;
        this.files = files;
        this.idBase = idBase;
    }

    public void list(Context ctx) {
        ctx.json(Paging.of(ctx).page(sources()));
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        String iri = new org.usmx.iri.IriPolicy(idBase).idNamespace() + "document/" + id; // unchecked: an unknown id is a 404
        Map<String, Object> source = sources().stream().filter(s -> iri.equals(s.get("iri"))).findFirst()
            .orElseThrow(() -> Problem.notFound("No source paper " + iri + "; GET /api/sources lists them."));
        Map<String, Object> out = new LinkedHashMap<>(source);
        out.put("text", files.canonicalText((String) source.get("textFile")));
        List<Map<String, Object>> spans = runner.rows(SPANS, "paper", iri).stream().map(Rows::typed).toList();
        out.put("claimSpans", spans);
        out.put("offsetUnit", "Unicode code points");
        ctx.json(out);
    }

    public void conflicts(Context ctx) {
        Map<String, Map<String, Object>> byConflict = new LinkedHashMap<>();
        for (Map<String, String> r : runner.select(CONFLICTS, Map.of()).rows()) {
            Map<String, Object> c = byConflict.computeIfAbsent(r.get("conflict"), iri -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("iri", iri);
                for (String k : List.of("kind", "nature", "topic", "about", "aboutLabel", "note")) if (r.containsKey(k)) m.put(k, r.get(k));
                m.put("sides", new ArrayList<Map<String, String>>());
                return m;
            });
            Map<String, String> side = new LinkedHashMap<>();
            for (String k : List.of("side", "position", "paper", "value", "quote")) if (r.containsKey(k)) side.put(k.equals("side") ? "iri" : k, r.get(k));
            @SuppressWarnings("unchecked")
            List<Map<String, String>> sides = (List<Map<String, String>>) c.get("sides");
            sides.add(side);
        }
        ctx.json(Paging.of(ctx).page(List.copyOf(byConflict.values())));
    }

    private List<Map<String, Object>> sources() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, String> r : runner.select(SOURCES, Map.of()).rows()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("iri", r.get("paper"));
            s.put("id", r.get("paper").substring(r.get("paper").lastIndexOf('/') + 1));
            for (String k : List.of("title", "author", "issued", "series")) if (r.containsKey(k)) s.put(k, r.get(k));
            // the path of the canonical text in the repository; "text" is only ever the text itself
            if (r.containsKey("text")) s.put("textFile", r.get("text"));
            // counts are *Count: "claims" and "notes" are lists of claims and notes everywhere else in the API
            s.put("claimCount", Integer.parseInt(r.get("claims")));
            s.put("noteCount", Integer.parseInt(r.get("notes")));
            out.add(s);
        }
        return out;
    }
}
