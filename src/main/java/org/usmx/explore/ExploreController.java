package org.usmx.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import org.usmx.explore.ExploreViews.CausesView;
import org.usmx.explore.ExploreViews.ConflictRef;
import org.usmx.explore.ExploreViews.EdgeRow;
import org.usmx.explore.ExploreViews.Entry;
import org.usmx.explore.ExploreViews.Lane;
import org.usmx.explore.ExploreViews.NodeRef;
import org.usmx.explore.ExploreViews.Option;
import org.usmx.explore.ExploreViews.PositionRef;
import org.usmx.explore.ExploreViews.SideRef;
import org.usmx.explore.ExploreViews.SourceRef;
import org.usmx.explore.ExploreViews.TimelineView;
import org.usmx.http.Problem;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.provenance.CausalNetwork;
import org.usmx.provenance.Timeline;
import org.usmx.sparql.Prefixes;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.DataFiles;
import org.usmx.web.PageMeta;
import org.usmx.web.Templates;

/**
 * The explore pages: /explore (index), /explore/causes, /explore/timeline, /read/{paper},
 * /conflicts and /conflicts/{slug}. Handlers read the request, ask the read models and render.
 */
public final class ExploreController {

    private static final String DEFAULT_FOCUS = "factor:use-of-military-against-organized-crime";
    private static final Map<String, String> LANE_LABELS = Map.of(
        "united-states", "United States", "bilateral", "Bilateral", "mexico", "Mexico", "unplaced", "No country stated");

    private final CausalNetwork network;
    private final Timeline timeline;
    private final Papers papers;
    private final PaperReader reader;
    private final ConflictCatalog conflicts;
    private final TopicComparison comparison;
    private final String idBase;

    public ExploreController(SelectRunner runner, DataFiles files, CausalNetwork network, Timeline timeline, String idBase) {
        this.network = network;
        this.timeline = timeline;
        this.papers = new Papers(runner, idBase);
        this.reader = new PaperReader(runner, files, idBase, papers.namesAsJson());
        this.conflicts = new ConflictCatalog(runner, papers, idBase);
        this.comparison = new TopicComparison(runner, papers, idBase);
        this.idBase = idBase;
        ExploreLinks.install(new ExploreLinks(
            network.nodes().stream().map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()),
            timeline::dates,
            papers.all().stream().map(Papers.Paper::iri).collect(java.util.stream.Collectors.toSet()), idBase));
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/explore", this::index);
        config.routes.get("/explore/causes", this::causes);
        config.routes.get("/explore/timeline", this::timeline);
        config.routes.get("/read/{paper}", this::read);
        config.routes.get("/conflicts", this::conflictIndex);
        config.routes.get("/conflicts/{slug}", this::conflict);
    }

    private static void html(Context ctx, String template, Object view) {
        ctx.contentType("text/html; charset=utf-8").result(Templates.render(template, view));
    }

    public void index(Context ctx) {
        List<ExploreViews.Reader> readers = papers.all().stream().map(p -> new ExploreViews.Reader(p.readerHref(), p.title(), p.shortName())).toList();
        html(ctx, "explore/index.jte", new ExploreViews.IndexView(PageMeta.of("Explore", PageMeta.Section.EXPLORE)
            .withDescription("The causal network, the timeline, the papers read with their claims, and where the papers disagree.")
            .withStylesheet("explore/explore.css"), readers, (int) conflicts.count()));
    }

    public void causes(Context ctx) {
        String focusParam = param(ctx, "focus");
        String focus = focusParam != null ? QueryLibrary.expandPrefixed(focusParam, idBase) : defaultFocus();
        if (!network.knows(focus)) {
            throw Problem.badParameter("focus", "No causal claim names \"" + focusParam + "\" as a cause or an effect; choose a factor, event or entity from the list.");
        }
        String direction = choice(ctx, "direction", List.of("both", "up", "down"), "both");
        String depth = choice(ctx, "depth", List.of("1", "2", "3"), "1");
        String paper = param(ctx, "paper");
        if (paper != null && papers.byId(paper).isEmpty()) throw Problem.badParameter("paper", "No source paper \"" + paper + "\".");
        String holder = param(ctx, "attributedTo");
        String holderIri = holder == null ? null : QueryLibrary.expandPrefixed(holder, idBase);
        if (holderIri != null && !network.knowsHolder(holderIri)) throw Problem.badParameter("attributedTo", "No causal claim is attributed to \"" + holder + "\".");
        String modality = param(ctx, "modality");
        if (modality != null && !CausalNetwork.MODALITIES.contains(modality)) {
            throw Problem.badParameter("modality", "modality must be one of " + String.join(", ", CausalNetwork.MODALITIES));
        }
        CausalNetwork.View graph = network.around(focus, CausalNetwork.Direction.parse(direction), Integer.parseInt(depth),
            new CausalNetwork.Filter(paper == null ? null : papers.byId(paper).get().iri(), holderIri, modality));

        Map<String, String> q = new LinkedHashMap<>();
        q.put("from", prefixed(focus, idBase));
        q.put("direction", direction);
        q.put("depth", depth);
        if (paper != null) q.put("paper", paper);
        if (holder != null) q.put("attributedTo", prefixed(holderIri, idBase));
        if (modality != null) q.put("modality", modality);
        String api = "/api/causal-graph?" + String.join("&", q.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())).toList());

        List<Option> paperOptions = new ArrayList<>(List.of(new Option("", "all papers", paper == null)));
        papers.all().forEach(p -> paperOptions.add(new Option(p.id(), p.shortName(), p.id().equals(paper))));
        List<Option> holderOptions = new ArrayList<>(List.of(new Option("", "anyone", holderIri == null)));
        network.holders().forEach(h -> holderOptions.add(new Option(prefixed(h.getKey().iri(), idBase),
            (h.getKey().label() == null ? prefixed(h.getKey().iri(), idBase) : h.getKey().label()) + " (" + h.getValue() + ")", h.getKey().iri().equals(holderIri))));
        List<Option> modalityOptions = new ArrayList<>(List.of(new Option("", "any", modality == null)));
        CausalNetwork.MODALITIES.stream().filter(m -> !m.equals("Negated")).forEach(m -> modalityOptions.add(new Option(m, m.toLowerCase(), m.equals(modality))));
        List<Option> directions = List.of(new Option("up", "causes (upstream)", direction.equals("up")),
            new Option("down", "effects (downstream)", direction.equals("down")), new Option("both", "both", direction.equals("both")));
        List<Option> depths = List.of("1", "2", "3").stream().map(d -> new Option(d, d, d.equals(depth))).toList();
        List<NodeRef> choices = network.nodes().stream().map(n -> node(n.getKey(), n.getValue())).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        graph.nodes().forEach(n -> labels.put(n.iri(), n.label()));
        NodeRef f0 = node(focus);
        List<EdgeRow> rows = graph.edges().stream().map(e -> new EdgeRow(labels.get(e.from()), LocalPaths.page(e.from(), idBase),
            labels.get(e.to()), LocalPaths.page(e.to(), idBase), e.polarity().substring(e.polarity().indexOf('#') + 1).toLowerCase(),
            e.claims().size(), e.papers().stream().map(papers::shortName).toList(), e.disputed()))
            // the table reads as causes first, then effects, each by name
            .sorted(java.util.Comparator.comparing((EdgeRow r) -> r.fromLabel().equals(f0.label()) ? 1 : 0)
                .thenComparing(EdgeRow::fromLabel, String.CASE_INSENSITIVE_ORDER).thenComparing(EdgeRow::toLabel, String.CASE_INSENSITIVE_ORDER))
            .toList();
        NodeRef f = node(focus);
        PageMeta meta = PageMeta.of("Causes and effects of " + f.label(), PageMeta.Section.EXPLORE)
            .withDescription("What the papers say causes " + f.label() + " and what follows from it, with the passages.")
            .withStylesheet("explore/explore.css").withScript("vendor/cytoscape/cytoscape.min.js").withScript("explore/causes.js");
        html(ctx, "explore/causes.jte", new CausesView(meta, f, directions, depths, paperOptions, holderOptions, modalityOptions, choices, api, papers.namesAsJson(), graph, rows));
    }

    /** How many items one page of the explore timeline shows; the rest is a "later items" link away. */
    static final int TIMELINE_PAGE = 100;

    public void timeline(Context ctx) {
        String around = param(ctx, "around");
        String aroundIri = around == null ? null : QueryLibrary.expandPrefixed(around, idBase);
        String paper = param(ctx, "paper");
        if (paper != null && papers.byId(paper).isEmpty()) throw Problem.badParameter("paper", "No source paper \"" + paper + "\".");
        Timeline.Filter filter = new Timeline.Filter(null, null, null, paper == null ? null : papers.byId(paper).get().iri(), null);
        int limit = org.usmx.http.Paging.intParam(ctx, "limit", TIMELINE_PAGE, 1, TIMELINE_PAGE);
        int offset = org.usmx.http.Paging.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String aroundLabel = null;
        if (aroundIri != null) {
            List<Timeline.Item> hit = timeline.page(new Timeline.Filter(null, null, aroundIri, filter.paper(), null), 0, 1).items();
            if (hit.isEmpty()) throw Problem.badParameter("around", "The timeline has no dated item for \"" + around + "\".");
            aroundLabel = hit.get(0).label();
            // the window that starts a little before the subject's first item, unless the reader paged on
            if (param(ctx, "offset") == null) offset = (int) Math.max(0, timeline.before(filter, hit.get(0).date()) - limit / 10);
        }
        Timeline.Page page = timeline.page(filter, offset, limit);
        Map<String, Long> laneCounts = timeline.lanes(filter);
        List<Entry> entries = page.items().stream().map(i -> entry(i, i.subject().equals(aroundIri))).toList();
        List<Lane> lanes = Timeline.LANES.stream().map(l -> new Lane(l, LANE_LABELS.get(l), laneCounts.get(l).intValue())).toList();
        List<Option> paperOptions = new ArrayList<>(List.of(new Option("", "all papers", paper == null)));
        papers.all().forEach(p -> paperOptions.add(new Option(p.id(), p.shortName(), p.id().equals(paper))));
        PageMeta meta = PageMeta.of("Timeline 1822–2012", PageMeta.Section.EXPLORE)
            .withDescription("Events and dated facts from the four papers, in lanes, with their sources and the dates the papers contradict.")
            .withStylesheet("explore/explore.css").withScript("explore/timeline.js");
        html(ctx, "explore/timeline.jte", new TimelineView(meta, entries, lanes, paperOptions, null, null, aroundIri, aroundLabel,
            window(page.total(), offset, limit, entries.size(), paper, around)));
    }

    /** How many conflicts one page of /conflicts lists. */
    static final int CONFLICTS_PAGE = 100;

    private static ExploreViews.Window conflictWindow(long total, int offset, int shown, String kind, String paper) {
        Map<String, String> q = new LinkedHashMap<>();
        if (kind != null) q.put("kind", kind);
        if (paper != null) q.put("paper", paper);
        java.util.function.IntFunction<String> href = o -> "/conflicts?" + String.join("&",
            java.util.stream.Stream.concat(q.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())), java.util.stream.Stream.of("offset=" + o)).toList());
        return new ExploreViews.Window(total, shown == 0 ? 0 : offset + 1, offset + shown,
            offset > 0 ? href.apply(Math.max(0, offset - CONFLICTS_PAGE)) : null, offset + shown < total ? href.apply(offset + shown) : null);
    }

    /** Which items of how many this page shows, and the links to the pages before and after it (null at either end). */
    private static ExploreViews.Window window(long total, int offset, int limit, int shown, String paper, String around) {
        Map<String, String> q = new LinkedHashMap<>();
        if (paper != null) q.put("paper", paper);
        if (around != null) q.put("around", around);
        java.util.function.IntFunction<String> href = o -> "/explore/timeline?" + String.join("&",
            java.util.stream.Stream.concat(q.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())), java.util.stream.Stream.of("offset=" + o)).toList())
            + "#items";
        String previous = offset > 0 ? href.apply(Math.max(0, offset - limit)) : null;
        String next = offset + shown < total ? href.apply(offset + shown) : null;
        return new ExploreViews.Window(total, shown == 0 ? 0 : offset + 1, offset + shown, previous, next);
    }

    private Entry entry(Timeline.Item i, boolean around) {
        List<PositionRef> positions = i.positions().stream().map(p -> new PositionRef(Dates.human(p.date()), p.date(),
            p.sources().stream().map(s -> new SourceRef(papers.shortName(s.paper()), "/read/" + last(s.paper()), s.quote(), s.page())).toList())).toList();
        ConflictRef conflict = i.conflict() == null ? null : new ConflictRef("/conflicts/" + last(i.conflict().iri()), i.conflict().topic(),
            i.conflict().sides().stream().map(s -> new SideRef(s.value() == null ? "" : Dates.human(s.value()), papers.shortName(s.paper()),
                "/read/" + last(s.paper()), s.quote(), s.page())).toList());
        String date = String.join(" / ", i.positions().stream().map(p -> Dates.human(p.date())).toList());
        String property = switch (i.property()) {
            case "startDate" -> "began";
            case "endDate" -> "ended";
            case "attestedDate" -> "in office";
            default -> "";
        };
        return new Entry(i.kind() + "-" + last(i.subject()) + "-" + i.property(), around, LocalPaths.page(i.subject(), idBase), i.label(), property, date, i.date(),
            String.join(" ", i.positions().stream().map(Timeline.Position::date).toList()),
            byPaper(i), i.lane(), LANE_LABELS.get(i.lane()),
            String.join(", ", i.papers().stream().map(papers::shortName).toList()), i.status(), positions, conflict);
    }

    private String byPaper(Timeline.Item i) {
        Map<String, List<String>> dates = new java.util.TreeMap<>();
        i.positions().forEach(p -> p.sources().forEach(s -> {
            List<String> d = dates.computeIfAbsent(papers.shortName(s.paper()), k -> new ArrayList<>());
            if (!d.contains(p.date())) d.add(p.date());
        }));
        return String.join(";", dates.entrySet().stream().map(e -> e.getKey() + "=" + String.join(" ", e.getValue())).toList());
    }

    public void read(Context ctx) {
        String id = ctx.pathParam("paper");
        ReaderView view = reader.read(id).orElseThrow(() -> Problem.notFound("No source paper \"" + id + "\"; the papers are "
            + String.join(", ", papers.all().stream().map(Papers.Paper::id).toList()) + "."));
        html(ctx, "explore/reader.jte", view);
    }

    public void conflictIndex(Context ctx) {
        String kind = param(ctx, "kind");
        String paper = param(ctx, "paper");
        List<ConflictViews.Kind> kinds = conflicts.kinds();
        if (kind != null && kinds.stream().noneMatch(k -> k.kind().equals(kind))) {
            throw Problem.badParameter("kind", "kind must be one of " + String.join(", ", kinds.stream().map(ConflictViews.Kind::kind).toList()));
        }
        if (paper != null && papers.byId(paper).isEmpty()) throw Problem.badParameter("paper", "No source paper \"" + paper + "\".");
        int offset = org.usmx.http.Paging.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        ConflictCatalog.Page page = conflicts.filter(kind, paper, offset, CONFLICTS_PAGE);
        Map<String, String> topics = new LinkedHashMap<>();
        List<String> chosen = ctx.queryParams("topic").stream().filter(t -> !t.isBlank()).toList();
        for (String t : chosen.isEmpty() ? TopicComparison.DEFAULT_TOPICS : chosen) topics.put(QueryLibrary.expandPrefixed(t.trim(), idBase), prefixed(QueryLibrary.expandPrefixed(t.trim(), idBase), idBase));
        PageMeta meta = PageMeta.of("Where the papers disagree", PageMeta.Section.CONFLICTS)
            .withDescription("Every recorded conflict between or inside the four papers, each side with its quote, and the papers compared topic by topic.")
            .withStylesheet("explore/explore.css");
        html(ctx, "explore/conflicts.jte", new ConflictViews.IndexView(meta, page.items(), (int) conflicts.count(), kinds,
            papers.all(), kind, paper, comparison.compare(topics), conflictWindow(page.total(), offset, page.items().size(), kind, paper)));
    }

    public void conflict(Context ctx) {
        String slug = ctx.pathParam("slug");
        ConflictViews.Conflict c = conflicts.bySlug(slug).orElseThrow(() -> Problem.notFound("No conflict \"" + slug + "\"; /conflicts lists them."));
        html(ctx, "explore/conflict.jte", new ConflictViews.ConflictPage(PageMeta.of(c.topic(), PageMeta.Section.CONFLICTS)
            .withDescription("A " + c.kindLabel() + ": every side with its quote, page and paper.").withStylesheet("explore/explore.css"), c));
    }

    /** Where a researcher starts: the military against organized crime, or (in another graph) the node with the most links. */
    private String defaultFocus() {
        String preferred = QueryLibrary.expandPrefixed(DEFAULT_FOCUS, idBase);
        if (network.knows(preferred)) return preferred;
        String best = network.mostLinked();
        if (best == null) throw Problem.notFound("The graph has no causal claims to explore.");
        return best;
    }

    private NodeRef node(String iri) {
        return node(iri, network.label(iri));
    }

    private NodeRef node(String iri, String label) {
        return new NodeRef(iri, prefixed(iri, idBase), label, LocalPaths.page(iri, idBase));
    }

    /** factor:x for an IRI in a standard namespace, else the IRI. */
    static String prefixed(String iri, String idBase) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> p : Prefixes.standard(idBase).entrySet()) {
            if (iri.startsWith(p.getValue()) && p.getValue().length() > bestNs.length() && !iri.substring(p.getValue().length()).contains("/")) {
                best = p.getKey();
                bestNs = p.getValue();
            }
        }
        return best == null ? iri : best + ":" + iri.substring(bestNs.length());
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String choice(Context ctx, String name, List<String> allowed, String dflt) {
        String v = param(ctx, name);
        if (v == null) return dflt;
        if (!allowed.contains(v)) throw Problem.badParameter(name, name + " must be one of " + String.join(", ", allowed) + ", got \"" + v + "\"");
        return v;
    }

    private static String last(String iri) {
        return iri == null ? "" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
