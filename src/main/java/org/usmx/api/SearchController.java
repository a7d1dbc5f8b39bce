package org.usmx.api;

import org.usmx.http.Problem;
import org.usmx.http.Paging;

import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

import org.usmx.search.SearchIndex;

/** GET /api/search?q=&kind=entity|claim&limit= : ranked, accent- and case-insensitive, prefix-aware. */
public final class SearchController {

    private final SearchIndex index;

    public SearchController(SearchIndex index) {
        this.index = index;
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw Problem.badParameter("q", "q is required: the words to search for");
        if (index.distinctWords(q) > SearchIndex.MAX_WORDS) {
            throw Problem.badParameter("q", "q has more than " + SearchIndex.MAX_WORDS + " different words; search for fewer");
        }
        String kind = ctx.queryParam("kind");
        if (kind != null && !List.of("entity", "claim").contains(kind)) {
            throw Problem.badParameter("kind", "kind must be entity or claim, got \"" + kind + "\"");
        }
        int limit = Paging.intParam(ctx, "limit", 20, 1, 200);
        List<SearchIndex.Hit> hits = index.search(q, kind, limit);
        ctx.json(Map.of("query", q, "total", hits.size(), "items", hits));
    }
}
