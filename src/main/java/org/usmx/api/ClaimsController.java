package org.usmx.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;

import org.usmx.http.Paging;
import org.usmx.http.Problem;
import org.usmx.provenance.ClaimCatalog;
import org.usmx.provenance.ClaimTrace;
import org.usmx.search.SearchIndex;

/**
 * /api/claims (filtered, paged list), /api/claims/{id} and /api/claims/{id}/trace. Filters are
 * checked first (a filter that names nothing is a 400 with close matches); {@code about} follows
 * the graph unless {@code expand=false}; {@code q} restricts to claims whose words match.
 */
public final class ClaimsController {

    private final ClaimTrace traces;
    private final ClaimCatalog catalog;
    private final SearchIndex index;
    private final Filters filters;
    private final String idBase;

    public ClaimsController(ClaimTrace traces, ClaimCatalog catalog, SearchIndex index, Filters filters, String idBase) {
        this.traces = traces;
        this.catalog = catalog;
        this.index = index;
        this.filters = filters;
        this.idBase = idBase;
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        boolean expand = Paging.boolParam(ctx, "expand", true);
        Map<String, String> facets = new LinkedHashMap<>();
        for (String f : ClaimCatalog.FACETS) {
            String v = ctx.queryParam(f);
            if (v == null || v.isBlank()) continue;
            facets.put(f, switch (f) {
                case "type" -> filters.type(f, v, catalog.types());
                case "source" -> filters.paper(f, v);
                case "attributedTo" -> filters.node(f, v, catalog.holders());
                default -> filters.node(f, v);
            });
        }
        Optional<Set<String>> among = Optional.empty();
        String q = ctx.queryParam("q");
        if (q != null && !q.isBlank()) among = Optional.of(matchingClaims(q));
        ClaimCatalog.Page page = catalog.filter(new ClaimCatalog.Filter(facets, expand, among, paging.offset(), paging.limit()));
        Map<String, Object> body = paging.body(page.total(), page.items());
        body.put("expand", expand);
        ctx.json(body);
    }

    /** Claims whose label or quote has every word of q (word prefixes count), or that q names. */
    private Set<String> matchingClaims(String q) {
        SearchIndex.Result r = SearchController.run(index, new SearchIndex.Request(q, Set.of("claim"), Set.of(), 0, Integer.MAX_VALUE));
        Set<String> out = new LinkedHashSet<>();
        for (SearchIndex.Hit h : r.items()) if (h.match().compareTo(SearchIndex.Match.ALL_WORDS) <= 0) out.add(h.iri());
        return out;
    }

    public void get(Context ctx) {
        String iri = claimIri(ctx);
        ctx.json(catalog.get(iri).orElseThrow(() -> Problem.notFound("No claim " + iri)));
    }

    public void trace(Context ctx) {
        String iri = claimIri(ctx);
        ctx.json(traces.trace(iri).orElseThrow(() -> Problem.notFound("No claim " + iri)));
    }

    private String claimIri(Context ctx) {
        String id = ctx.pathParam("id");
        if (!org.usmx.iri.IriPolicy.isSlug(id)) {
            throw Problem.badParameter("id", "a claim id is lower-case letters and digits in words joined by single hyphens (e.g. downie-2011-h001), got \"" + id + "\"");
        }
        return new org.usmx.iri.IriPolicy(idBase).claim(id);
    }
}
