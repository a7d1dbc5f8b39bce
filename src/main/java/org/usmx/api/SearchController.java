package org.usmx.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.javalin.http.Context;

import org.usmx.http.Paging;
import org.usmx.http.Problem;
import org.usmx.search.SearchIndex;

/**
 * GET /api/search?q=&kind=&paper=&limit=&offset= : every labelled node, ranked (identifier, name,
 * alias, all words, some words, close spelling), with kind and paper facets and a true total.
 */
public final class SearchController {

    private final SearchIndex index;
    private final Filters filters;

    public SearchController(SearchIndex index, Filters filters) {
        this.index = index;
        this.filters = filters;
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw Problem.badParameter("q", "q is required: words, a name, or an identifier (inst:sedena, org/sedena, an IRI)");
        Paging paging = Paging.of(ctx, 20, 200);
        Set<String> kinds = kinds(ctx.queryParam("kind"));
        Set<String> papers = new LinkedHashSet<>();
        for (String p : ctx.queryParams("paper")) if (!p.isBlank()) papers.add(filters.paper("paper", p));
        ctx.json(run(index, new SearchIndex.Request(q, kinds, papers, paging.offset(), paging.limit())));
    }

    /** Runs a search, turning what the index cannot answer into a 400 naming the parameter. */
    static SearchIndex.Result run(SearchIndex index, SearchIndex.Request request) {
        try {
            return index.search(request);
        } catch (SearchIndex.InvalidRequest e) {
            throw Problem.badParameter(e.parameter(), e.getMessage(), Filters.values(e.closeMatches()));
        }
    }

    /** kind=org,person (or entity for all named things); unknown kinds are a 400 with close matches. */
    static Set<String> kinds(String param) {
        Set<String> kinds = new LinkedHashSet<>();
        if (param == null || param.isBlank()) return kinds;
        for (String k : param.split(",")) {
            String kind = k.trim();
            if (kind.isEmpty()) continue;
            if (kind.equals("entity")) kinds.addAll(SearchIndex.ENTITY_KINDS);
            else if (SearchIndex.KINDS.contains(kind)) kinds.add(kind);
            else {
                List<String> all = new java.util.ArrayList<>(SearchIndex.KINDS);
                all.add("entity");
                throw Problem.badParameter("kind", "Unknown kind \"" + kind + "\"; kinds are entity, " + String.join(", ", SearchIndex.KINDS) + ".",
                    Filters.values(SearchIndex.closeWords(kind, all)));
            }
        }
        return kinds;
    }
}
