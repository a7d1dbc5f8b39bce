package org.usmx.api;

import org.usmx.http.Problem;
import org.usmx.http.Paging;


import io.javalin.http.Context;

import org.usmx.provenance.CausalNetwork;
import org.usmx.provenance.Timeline;
import org.usmx.sparql.QueryLibrary;

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
        int depth = Paging.intParam(ctx, "depth", 2, 1, 3);
        CausalNetwork.Filter filter = new CausalNetwork.Filter(paperParam(ctx), holderParam(ctx), modalityParam(ctx));
        if (to != null && !to.isBlank()) {
            ctx.json(network.paths(fromIri, filters.node("to", to), depth, filter));
        } else {
            ctx.json(network.around(fromIri, directionParam(ctx), depth, filter));
        }
    }

    private static CausalNetwork.Direction directionParam(Context ctx) {
        String v = ctx.queryParam("direction");
        if (v == null || v.isBlank()) return CausalNetwork.Direction.BOTH;
        try {
            return CausalNetwork.Direction.parse(v);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("direction", "direction must be up (causes), down (effects) or both, got \"" + v + "\"");
        }
    }

    /** A source paper as its id (downie-2011), prefixed name (doc:downie-2011) or IRI. */
    private String paperParam(Context ctx) {
        String v = ctx.queryParam("paper");
        if (v == null || v.isBlank()) return null;
        String t = v.trim();
        String iri = org.usmx.iri.IriPolicy.isSlug(t) ? QueryLibrary.expandPrefixed("doc:" + t, filters.idBase()) : QueryLibrary.expandPrefixed(t, filters.idBase());
        if (!network.knowsPaper(iri)) throw Problem.badParameter("paper", "paper must be a source paper with causal claims (e.g. downie-2011 or doc:downie-2011), got \"" + v + "\"");
        return iri;
    }

    private String holderParam(Context ctx) {
        String v = ctx.queryParam("attributedTo");
        if (v == null || v.isBlank()) return null;
        String iri = QueryLibrary.expandPrefixed(v.trim(), filters.idBase());
        if (!network.knowsHolder(iri)) throw Problem.badParameter("attributedTo", "no causal claim is attributed to \"" + v + "\" (give an IRI or prefixed name, e.g. person:richard-downie)");
        return iri;
    }

    private static String modalityParam(Context ctx) {
        String v = ctx.queryParam("modality");
        if (v == null || v.isBlank()) return null;
        String t = v.trim().replaceFirst("^usmx:", "");
        return CausalNetwork.MODALITIES.stream().filter(m -> m.equalsIgnoreCase(t)).findFirst()
            .orElseThrow(() -> Problem.badParameter("modality", "modality must be one of " + String.join(", ", CausalNetwork.MODALITIES) + ", got \"" + v + "\""));
    }

    public void timeline(Context ctx) {
        String from = dateParam(ctx, "from");
        String to = dateParam(ctx, "to");
        String about = ctx.queryParam("about");
        String lane = ctx.queryParam("lane");
        if (lane != null && !lane.isBlank() && !Timeline.LANES.contains(lane.trim())) {
            throw Problem.badParameter("lane", "lane must be one of " + String.join(", ", Timeline.LANES) + ", got \"" + lane + "\"");
        }
        String paper = ctx.queryParam("paper");
        String paperIri = paper == null || paper.isBlank() ? null : filters.paper("paper", paper);
        Paging paging = Paging.of(ctx);
        Timeline.Page page = timeline.page(new Timeline.Filter(from, to, about == null || about.isBlank() ? null : filters.node("about", about),
            paperIri, lane == null || lane.isBlank() ? null : lane.trim()), paging.offset(), paging.limit());
        ctx.json(paging.body(page.total(), page.items()));
    }

    private static String dateParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw Problem.badParameter(name, name + " must be YYYY, YYYY-MM or YYYY-MM-DD, got \"" + v + "\"");
        return v;
    }

}
