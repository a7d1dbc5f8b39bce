package org.usmx.web;

import io.javalin.http.Context;

import org.usmx.search.SearchIndex;

/** GET / (home) and GET /search?q= (HTML results). */
public final class WebController {

    private final WebPages pages;
    private final SearchIndex index;
    private final String idBase;

    public WebController(WebPages pages, SearchIndex index, String idBase) {
        this.pages = pages;
        this.index = index;
        this.idBase = idBase;
    }

    public void home(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(pages.home());
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.trim();
        if (q.length() > 200) q = q.substring(0, 200);
        ctx.contentType("text/html; charset=utf-8").result(SitePages.search(q, q.isEmpty() ? java.util.List.of() : index.search(q, null, 50), idBase));
    }
}
