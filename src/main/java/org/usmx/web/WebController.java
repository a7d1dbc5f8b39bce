package org.usmx.web;

import io.javalin.http.Context;

import org.usmx.linkeddata.CloseMatches;
import org.usmx.readmodel.SearchReader;
import org.usmx.readmodel.SearchView;
import org.usmx.search.SearchIndex;

/** GET / (home) and GET /search?q=&kind=&paper=&page= (results with facets). */
public final class WebController {

    /** The search page's view: frame metadata and the results. */
    public record SearchPageView(PageMeta meta, SearchView search) {}

    private final WebPages pages;
    private final SearchReader search;

    public WebController(WebPages pages, SearchIndex index, String idBase) {
        this.pages = pages;
        this.search = new SearchReader(index, pages.papers(), () -> CloseMatches.entityLabels(pages.runner(), idBase), idBase);
    }

    public void home(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(pages.home());
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.trim();
        if (q.length() > 200) q = q.substring(0, 200);
        int page;
        try {
            page = ctx.queryParam("page") == null ? 1 : Integer.parseInt(ctx.queryParam("page"));
            if (page < 1 || page > 1000) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            ErrorPages.send(ctx, 400, "Bad request", "page must be a whole number from 1, not \"" + ctx.queryParam("page") + "\".");
            return;
        }
        SearchView view;
        try {
            view = search.read(q, SearchReader.normalizeFacet(ctx.queryParam("kind")), SearchReader.normalizeFacet(ctx.queryParam("paper")), page);
        } catch (SearchIndex.InvalidRequest e) {
            ErrorPages.send(ctx, 400, "Bad request", e.getMessage());
            return;
        }
        PageMeta meta = PageMeta.of(q.isEmpty() ? "Search" : "Search: " + q, PageMeta.Section.NONE);
        ctx.contentType("text/html; charset=utf-8").result(Templates.render("search.jte", new SearchPageView(meta, view)));
    }
}
