package org.usmx.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

/** GET /query: the workbench, with ?query= (runs on open) or ?example=name&param=value (loads an example). */
public final class QueryController {

    /** Longer query text is refused by the endpoint anyway; keep the page small. */
    private static final int MAX_QUERY_CHARS = 100_000;

    private final QueryWorkbench workbench;

    public QueryController(QueryWorkbench workbench) {
        this.workbench = workbench;
    }

    public void page(Context ctx) {
        String query = ctx.queryParam("query");
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            ctx.status(400);
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("query") && !name.equals("example") && !values.isEmpty()) params.put(name, values.get(0));
        });
        QueryPageView view = workbench.view(query, ctx.queryParam("example"), params);
        ctx.contentType("text/html; charset=utf-8").result(Templates.render("query.jte", view));
    }
}
