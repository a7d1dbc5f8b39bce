package org.usmx.api;

import org.usmx.http.Problem;
import org.usmx.http.Paging;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.usmx.provenance.ClaimCatalog;
import org.usmx.provenance.ClaimTrace;

/** /api/claims (filtered list), /api/claims/{id} and /api/claims/{id}/trace. */
public final class ClaimsController {

    private static final List<String> FILTERS = List.of("about", "type", "source", "cause", "effect", "attributedTo");

    private final ClaimTrace traces;
    private final ClaimCatalog catalog;
    private final String idBase;

    public ClaimsController(ClaimTrace traces, ClaimCatalog catalog, String idBase) {
        this.traces = traces;
        this.catalog = catalog;
        this.idBase = idBase;
    }

    public void list(Context ctx) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String f : FILTERS) {
            String v = ctx.queryParam(f);
            if (v != null && !v.isBlank()) filters.put(f, expand(v.trim()));
        }
        ctx.json(Paging.of(ctx).page(catalog.filter(filters)));
    }

    public void get(Context ctx) {
        String iri = claimIri(ctx);
        ctx.json(catalog.filter(Map.of()).stream().filter(c -> iri.equals(c.get("iri"))).findFirst()
            .orElseThrow(() -> Problem.notFound("No claim " + iri)));
    }

    private static String expand(String v) {
        return org.usmx.sparql.QueryLibrary.expandPrefixed(v);
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
        return idBase + "id/claim/" + id;
    }
}
