package org.usmx.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.usmx.http.Paging;
import org.usmx.http.Problem;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

import io.javalin.http.Context;

/**
 * /api/tenures: who held a post (or any post in an organization) during a period, by overlap of
 * periods. The period is another holding ({@code during=mship:…}, e.g. the Calderón presidency)
 * or dates ({@code from}, {@code to}: YYYY, YYYY-MM or YYYY-MM-DD, each widened to its precision).
 * Without post or org every holding counts; without a period, every holding whose period is dated.
 */
public final class TenuresController {

    private static final Query TENURES = ClasspathQueries.query("sparql/tenures.rq");
    private static final Query SPAN = ClasspathQueries.query("sparql/tenure-span.rq");
    private static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    private final SelectRunner runner;
    private final Filters filters;

    public TenuresController(SelectRunner runner, Filters filters) {
        this.runner = runner;
        this.filters = filters;
    }

    public void list(Context ctx) {
        // a post or organization that names nothing is a 400 with close matches, not an empty list
        Node post = nodeParam(ctx, "post");
        Node org = nodeParam(ctx, "org");
        String[] period = period(ctx);
        Map<String, Node> bind = new HashMap<>();
        if (post != null) bind.put("postScope", post);
        if (org != null) bind.put("orgScope", org);
        bind.put("periodFrom", NodeFactory.createLiteralString(period[0]));
        bind.put("periodTo", NodeFactory.createLiteralString(period[1]));
        Node during = iriParam(ctx, "during");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, String> r : runner.select(TENURES, bind).rows()) {
            if (during != null && r.get("holding").equals(during.getURI())) continue; // the period's own holding
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("iri", r.get("holding"));
            for (String k : List.of("person", "personLabel", "post", "postLabel", "org", "orgLabel", "beginning", "end")) {
                if (r.containsKey(k)) item.put(k, r.get(k));
            }
            String attested = r.getOrDefault("attested", "");
            item.put("attested", attested.isBlank() ? List.of() : Arrays.stream(attested.split(" ")).sorted().toList());
            item.put("knownSpan", Map.of("from", r.get("heldFrom"), "to", r.get("heldTo")));
            item.put("references", Integer.parseInt(r.get("references")));
            items.add(item);
        }
        Map<String, Object> page = new LinkedHashMap<>(Paging.of(ctx).page(items));
        page.put("period", Map.of("from", period[0], "to", period[1]));
        ctx.json(page);
    }

    /** [from, to] as YYYY-MM-DD strings: the span of the {@code during} holding, or the dates given. */
    private String[] period(Context ctx) {
        String during = ctx.queryParam("during");
        String from = dateParam(ctx, "from");
        String to = dateParam(ctx, "to");
        if (during != null && !during.isBlank()) {
            if (from != null || to != null) throw Problem.badParameter("during", "give during or from/to, not both");
            Node holding = iriParam(ctx, "during");
            List<Map<String, String>> rows = runner.select(SPAN, Map.of("holding", holding)).rows();
            if (rows.isEmpty() || !rows.get(0).containsKey("from")) {
                throw Problem.badParameter("during", "no post holding with a dated period is known as " + holding.getURI());
            }
            return new String[] {rows.get(0).get("from"), rows.get(0).get("to")};
        }
        String lo = from == null ? "0000-01-01" : from.length() == 4 ? from + "-01-01" : from.length() == 7 ? from + "-01" : from;
        String hi = to == null ? "9999-12-31" : to.length() == 4 ? to + "-12-31" : to.length() == 7 ? to + "-31" : to;
        if (lo.compareTo(hi) > 0) throw Problem.badParameter("from", "from (" + from + ") is after to (" + to + ")");
        return new String[] {lo, hi};
    }

    private static String dateParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (!v.matches(DATE)) throw Problem.badParameter(name, name + " must be YYYY, YYYY-MM or YYYY-MM-DD, got \"" + v + "\"");
        return v;
    }

    private Node nodeParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : NodeFactory.createURI(filters.node(name, v));
    }

    /** An IRI given in full or as a standard prefixed name (inst:sedena, post:…, mship:…). */
    private Node iriParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        String iri = QueryLibrary.expandPrefixed(v.trim(), filters.idBase());
        if (!iri.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw Problem.badParameter(name, name + " must be an IRI or a prefixed name such as inst:sedena, got \"" + v + "\"");
        }
        return NodeFactory.createURI(iri);
    }
}
