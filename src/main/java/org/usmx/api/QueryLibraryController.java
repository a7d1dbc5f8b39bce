package org.usmx.api;

import org.usmx.http.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

import org.apache.jena.graph.Node;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;

/** GET /api/queries and /api/queries/{name}?param=value: the query library over HTTP. */
public final class QueryLibraryController {

    private final QueryLibrary library;
    private final SelectRunner runner;

    public QueryLibraryController(QueryLibrary library, SelectRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    public void list(Context ctx) {
        List<Map<String, Object>> items = library.all().stream().map(QueryLibraryController::describe).toList();
        ctx.json(Map.of("total", items.size(), "items", items));
    }

    public void run(Context ctx) {
        QueryLibrary.Entry entry = library.get(ctx.pathParam("name"))
            .orElseThrow(() -> Problem.notFound("No query named \"" + ctx.pathParam("name") + "\"; GET /api/queries lists them."));
        Map<String, String> given = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> given.put(name, values.isEmpty() ? "" : values.get(0)));
        Map<String, Node> bindings;
        try {
            bindings = QueryLibrary.bind(entry, given);
        } catch (QueryLibrary.BadParameter e) {
            throw Problem.badParameter(e.param(), e.getMessage());
        }
        SelectRunner.Result result = runner.select(entry.query(), bindings);
        Map<String, Object> body = describe(entry);
        body.put("bound", bindings.keySet());
        body.put("columns", result.columns());
        body.put("total", result.rows().size());
        body.put("rows", result.rows());
        ctx.json(body);
    }

    private static Map<String, Object> describe(QueryLibrary.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("title", e.title());
        m.put("description", e.description());
        m.put("parameters", e.params());
        m.put("href", "/api/queries/" + e.name());
        m.put("sparql", e.text());
        return m;
    }
}
