package org.usmx.api;

import org.usmx.http.Problem;
import org.usmx.http.Paging;


import io.javalin.http.Context;

import org.usmx.provenance.CausalNetwork;
import org.usmx.provenance.Timeline;

/** /api/causal-graph and /api/timeline. */
public final class AnalysisController {

    private final CausalNetwork network;
    private final Timeline timeline;

    private final Filters filters;

    public AnalysisController(CausalNetwork network, Timeline timeline, Filters filters) {
        this.network = network;
        this.timeline = timeline;
        this.filters = filters;
    }

    public void causalGraph(Context ctx) {
        String from = ctx.queryParam("from");
        if (from == null || from.isBlank()) throw Problem.badParameter("from", "from is required: a factor or entity IRI or prefixed name (e.g. factor:corruption)");
        String fromIri = filters.node("from", from);
        if (!network.knows(fromIri)) throw Problem.notFound("No causal claim names " + fromIri + " as cause or effect.");
        String to = ctx.queryParam("to");
        int depth = Paging.intParam(ctx, "depth", 2, 1, 6);
        ctx.json(network.around(fromIri, to == null || to.isBlank() ? null : filters.node("to", to), depth));
    }

    public void timeline(Context ctx) {
        String from = dateParam(ctx, "from");
        String to = dateParam(ctx, "to");
        String about = ctx.queryParam("about");
        ctx.json(Paging.of(ctx).page(timeline.between(from, to, about == null || about.isBlank() ? null : filters.node("about", about))));
    }

    private static String dateParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw Problem.badParameter(name, name + " must be YYYY, YYYY-MM or YYYY-MM-DD, got \"" + v + "\"");
        return v;
    }

}
