package org.usmx.server;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.javalin.config.JavalinConfig;

import org.usmx.api.AnalysisController;
import org.usmx.api.EntitiesController;
import org.usmx.api.Filters;
import org.usmx.api.ClaimsController;
import org.usmx.api.DatasetController;
import org.usmx.api.OpsController;
import org.usmx.api.QueryLibraryController;
import org.usmx.api.SearchController;
import org.usmx.api.SourcesController;
import org.usmx.api.TenuresController;
import org.usmx.api.StatsService;
import org.usmx.cache.ResponseCache;
import org.usmx.config.Limits;
import org.usmx.config.Settings;
import org.usmx.http.Caching;
import org.usmx.http.ErrorRenderer;
import org.usmx.linkeddata.CloseMatches;
import org.usmx.linkeddata.GraphController;
import org.usmx.linkeddata.LinkedDataController;
import org.usmx.linkeddata.OntologyController;
import org.usmx.linkeddata.OntologyDocs;
import org.usmx.linkeddata.StoreDescriptions;
import org.usmx.provenance.ClaimCatalog;
import org.usmx.reconcile.ReconcileController;
import org.usmx.reconcile.Reconciler;
import org.usmx.provenance.CausalNetwork;
import org.usmx.provenance.ClaimTrace;
import org.usmx.provenance.Timeline;
import org.usmx.store.DataFiles;
import org.usmx.search.SearchIndex;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.LoadedStore;
import org.usmx.store.ReleaseDumps;
import org.usmx.web.PublicFiles;
import org.usmx.web.OntologyPage;
import org.usmx.web.PageData;
import org.usmx.web.ShapesPage;
import org.usmx.web.SitePages;
import org.usmx.web.WebController;
import org.usmx.web.WebPages;

/** The table of contents: which service answers which path. Everything else lives in its package. */
public final class Application {

    /** The OpenAPI description of every route above (ApiContractTest keeps the two in step). */
    public static final String OPENAPI = org.usmx.store.ClasspathQueries.text("openapi.json");

    private Application() {}

    public static UsmxServer build(Settings settings, LoadedStore store) {
        return build(settings, store, Limits.fromEnvironment());
    }

    /** As {@link #build(Settings, LoadedStore)} with the given safety limits (README "Operations"). */
    public static UsmxServer build(Settings settings, LoadedStore store, Limits limits) {
        return build(settings, store, limits, PublicFiles.fromEnvironment()); // a wrong USMX_PUBLIC_DIR stops the start
    }

    /** As {@link #build(Settings, LoadedStore, Limits)}, publishing the given files at /public/. */
    public static UsmxServer build(Settings settings, LoadedStore store, Limits limits, PublicFiles publicFiles) {
        checkIdBase(settings, store);
        Safety safety = Safety.of(limits);
        ResponseCache cache = ResponseCache.fromEnvironment();
        Supplier<Map<String, Object>> live = () -> Map.of("limits", safety.describe(), "responseCache", cache.stats());
        return UsmxServer.create(settings, store, safety, cache, s -> routes(settings, s, live, publicFiles));
    }

    /** Never serve one base's IRIs as another's (StoreManager rebuilds a store for the configured base). */
    private static void checkIdBase(Settings settings, LoadedStore store) {
        if (!store.idBase().equals(settings.idBase())) {
            throw new IllegalStateException(store + " was built for the IRI base " + store.idBase() + ", not the configured "
                + settings.idBase() + "; rebuild it with ./usmx load --id-base " + settings.idBase());
        }
    }

    /** The routes over one store; built again, with every cache, for each store the server switches to. */
    static Consumer<JavalinConfig> routes(Settings settings, LoadedStore store, Supplier<Map<String, Object>> live, PublicFiles publicFiles) {
        checkIdBase(settings, store); // again for each store the server switches to
        OpsController ops = new OpsController(new StatsService(store), live);
        SelectRunner runner = new SelectRunner(store.dataset(), settings.queryTimeout());
        QueryLibraryController queries = new QueryLibraryController(new QueryLibrary(settings.queriesDir(), settings.idBase()), runner);
        ClaimTrace claimTrace = new ClaimTrace(runner);
        DataFiles dataFiles = new DataFiles(settings.dataDir(), settings.ontologyDir());
        SourcesController sources = new SourcesController(runner, dataFiles, settings.idBase());
        SearchIndex index = new SearchIndex(runner, settings.idBase());
        Filters filters = new Filters(index, settings.idBase());
        ClaimsController claims = new ClaimsController(claimTrace, new ClaimCatalog(runner), index, filters, settings.idBase());
        SearchController search = new SearchController(index, filters);
        EntitiesController entities = new EntitiesController(runner, index, settings.idBase());
        ReleaseDumps dumps = new ReleaseDumps(store);
        dumps.writeInBackground();
        DatasetController dataset = new DatasetController(store, runner, dumps, settings.idBase());
        ReconcileController reconcile = new ReconcileController(new Reconciler(index, runner, settings.idBase()), org.usmx.web.PreviewCard::render, settings.idBase());
        CausalNetwork causalNetwork = new CausalNetwork(runner);
        Timeline timeline = new Timeline(runner, settings.idBase());
        AnalysisController analysis = new AnalysisController(causalNetwork, timeline, filters);
        TenuresController tenures = new TenuresController(runner, filters);
        org.usmx.explore.ExploreController explore = new org.usmx.explore.ExploreController(runner, dataFiles, causalNetwork, timeline, settings.idBase());
        WebPages pages = new WebPages(new PageData(runner, claimTrace, dataFiles), settings.idBase());
        WebController web = new WebController(pages, index, settings.idBase());
        org.usmx.readmodel.Papers papers = pages.papers();
        org.usmx.readmodel.BrowseReader browseReader = new org.usmx.readmodel.BrowseReader(runner, papers, settings.idBase());
        org.usmx.web.BrowseController browse = new org.usmx.web.BrowseController(browseReader, papers, settings.idBase());
        org.usmx.web.QueryController workbench = new org.usmx.web.QueryController(new org.usmx.web.QueryWorkbench(
            new QueryLibrary(settings.queriesDir(), settings.idBase()), runner, settings.queryTimeout().toSeconds(), settings.maxRows(), settings.idBase()));
        StoreDescriptions descriptions = new StoreDescriptions(store.dataset(), settings.idBase());
        // the JSON API serves the views the pages render, from the same readers
        org.usmx.api.ReadModelsController views = new org.usmx.api.ReadModelsController(descriptions, pages.entityReader(),
            pages.paperReader(), browseReader, papers, settings.idBase());
        LinkedDataController linkedData = new LinkedDataController(descriptions,
            new CloseMatches(index, CloseMatches.entityLabels(runner, settings.idBase()), settings.idBase()), pages, settings.idBase());
        GraphController graphs = new GraphController(runner, g -> SitePages.graph(g, pages.papers(), settings.idBase()), settings.idBase());
        OntologyController ontology = new OntologyController(new OntologyDocs(store.dataset(), runner),
            docs -> OntologyPage.render(docs, settings.idBase()), ShapesPage::render, settings.idBase());
        return (JavalinConfig config) -> {
            new ErrorRenderer(p -> pages.error(p.status(), p.title(), p.detail())).install(config);
            // validators for the API and for Linked Data URLs that pin one representation (/id/org/sedena.ttl);
            // the generic IRI's 303 depends on Accept and is not cached
            new Caching(store.dataHash()).install(config, path -> path.startsWith("/api/")
                || path.startsWith("/id/") && path.substring(path.lastIndexOf('/') + 1).contains("."));
            config.routes.get("/health", ops::health);
            config.routes.get("/api/stats", ops::stats);
            config.routes.get("/api/status", ops::status);
            config.routes.get("/api/queries", queries::list);
            config.routes.get("/api/queries/{name}", queries::run);
            config.routes.get("/api/claims", claims::list);
            config.routes.get("/api/claims/{id}", claims::get);
            config.routes.get("/api/claims/{id}/trace", claims::trace);
            config.routes.get("/api/sources", sources::list);
            config.routes.get("/api/sources/{id}", sources::get);
            config.routes.get("/api/conflicts", sources::conflicts);
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/entities", entities::list);
            config.routes.get("/api/entities/{kind}/{slug}", entities::get);
            config.routes.get("/api/entities/{kind}/{slug}/statements", views::statements);
            config.routes.get("/api/papers/{paper}", views::paper);
            config.routes.get("/api/browse/{kind}", views::browse);
            config.routes.get("/api/causal-graph", analysis::causalGraph);
            config.routes.get("/api/timeline", analysis::timeline);
            config.routes.get("/api/tenures", tenures::list);
            explore.routes(config);
            config.routes.get("/.well-known/void", dataset::voidDescription);
            config.routes.get("/dumps/", dataset::index);
            config.routes.get("/dumps/{file}", dataset::dump);
            config.routes.get("/dumps/{release}/{file}", dataset::releaseDump);
            config.routes.get("/reconcile", reconcile::get);
            config.routes.post("/reconcile", reconcile::post);
            config.routes.get("/reconcile/suggest/entity", reconcile::suggestEntity);
            config.routes.get("/reconcile/suggest/type", reconcile::suggestType);
            config.routes.get("/reconcile/suggest/property", reconcile::suggestProperty);
            config.routes.get("/reconcile/preview", reconcile::preview);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
            config.routes.get("/", web::home);
            config.routes.get("/search", web::search);
            config.routes.get("/static/{version}/<path>", org.usmx.web.StaticAssets::serve);
            config.routes.get("/public/<path>", publicFiles::serve);
            config.routes.get("/query", workbench::page);
            config.routes.get("/browse", browse::index);
            config.routes.get("/browse/{kind}", browse::kind);
            config.routes.get("/id/{kind}/{slug}", linkedData::entity);
            config.routes.get("/id/annotation/{kind}/{slug}", linkedData::annotation);
            config.routes.get("/id/annotation/{kind}/{slug}/{part}", linkedData::annotationPart);
            config.routes.get("/ontology", ontology::ontology);
            config.routes.get("/ontology/shapes", ontology::shapes);
            config.routes.get("/shapes", ontology::shapes);
            config.routes.get("/graph/{name}", graphs::graph);
            // Linked Data clients probe with HEAD: same status and headers as GET (Jetty drops the body)
            config.routes.head("/id/{kind}/{slug}", linkedData::entity);
            config.routes.head("/id/annotation/{kind}/{slug}", linkedData::annotation);
            config.routes.head("/ontology", ontology::ontology);
        };
    }
}
