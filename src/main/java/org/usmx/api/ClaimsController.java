package org.usmx.api;

import io.javalin.http.Context;

import org.usmx.provenance.ClaimTrace;

/** GET /api/claims/{id}/trace: the provenance chain of one claim. */
public final class ClaimsController {

    private final ClaimTrace traces;
    private final String idBase;

    public ClaimsController(ClaimTrace traces, String idBase) {
        this.traces = traces;
        this.idBase = idBase;
    }

    public void trace(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw ApiProblem.badParameter("id", "a claim id is lower-case letters, digits and hyphens (e.g. downie-2011-h001), got \"" + id + "\"");
        }
        String iri = idBase + "id/claim/" + id;
        ctx.json(traces.trace(iri).orElseThrow(() -> ApiProblem.notFound("No claim " + iri)));
    }
}
