package org.usmx.server;

import io.javalin.config.JavalinConfig;

import org.usmx.api.AnalysisController;
import org.usmx.api.EntitiesController;
import org.usmx.api.ClaimsController;
import org.usmx.api.DatasetController;
import org.usmx.api.OpsController;
import org.usmx.api.QueryLibraryController;
import org.usmx.api.SearchController;
import org.usmx.api.SourcesController;
import org.usmx.api.StatsService;
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
import org.usmx.provenance.CausalNetwork;
import org.usmx.provenance.ClaimTrace;
import org.usmx.provenance.Timeline;
import org.usmx.store.DataFiles;
import org.usmx.search.SearchIndex;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.LoadedStore;
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
        OpsController ops = new OpsController(new StatsService(store));
        SelectRunner runner = new SelectRunner(store.dataset(), settings.queryTimeout());
        QueryLibraryController queries = new QueryLibraryController(new QueryLibrary(settings.queriesDir()), runner);
        ClaimTrace claimTrace = new ClaimTrace(runner);
        DataFiles dataFiles = new DataFiles(settings.dataDir(), settings.ontologyDir());
        ClaimsController claims = new ClaimsController(claimTrace, new ClaimCatalog(runner), settings.idBase());
        SourcesController sources = new SourcesController(runner, dataFiles, settings.idBase());
        SearchIndex index = new SearchIndex(runner);
        SearchController search = new SearchController(index);
        EntitiesController entities = new EntitiesController(runner, index, settings.idBase());
        DatasetController dataset = new DatasetController(store, runner);
        CausalNetwork causalNetwork = new CausalNetwork(runner);
        Timeline timeline = new Timeline(runner);
        AnalysisController analysis = new AnalysisController(causalNetwork, timeline);
        org.usmx.explore.ExploreController explore = new org.usmx.explore.ExploreController(runner, dataFiles, causalNetwork, timeline, settings.idBase());
        WebPages pages = new WebPages(new PageData(runner, claimTrace, dataFiles), settings.idBase());
        WebController web = new WebController(pages, index, settings.idBase());
        LinkedDataController linkedData = new LinkedDataController(new StoreDescriptions(store.dataset(), settings.idBase()),
            new CloseMatches(index, CloseMatches.entityLabels(runner), settings.idBase()), pages, settings.idBase());
        GraphController graphs = new GraphController(runner, g -> SitePages.graph(g, settings.idBase()), settings.idBase());
        OntologyController ontology = new OntologyController(new OntologyDocs(store.dataset(), runner),
            docs -> OntologyPage.render(docs, settings.idBase()), ShapesPage::render);
        return UsmxServer.create(settings, store, (JavalinConfig config) -> {
            new ErrorRenderer(p -> pages.error(p.status(), p.title(), p.detail())).install(config);
            // validators for the API and for Linked Data URLs that pin one representation (/id/org/sedena.ttl);
            // the generic IRI's 303 depends on Accept and is not cached
            new Caching(store.dataHash()).install(config, path -> path.startsWith("/api/")
                || path.startsWith("/id/") && path.substring(path.lastIndexOf('/') + 1).contains("."));
            config.routes.get("/health", ops::health);
            config.routes.get("/api/stats", ops::stats);
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
            config.routes.get("/api/causal-graph", analysis::causalGraph);
            config.routes.get("/api/timeline", analysis::timeline);
            explore.routes(config);
            config.routes.get("/.well-known/void", dataset::voidDescription);
            config.routes.get("/dumps/", dataset::index);
            config.routes.get("/dumps/{file}", dataset::dump);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
            config.routes.get("/", web::home);
            config.routes.get("/search", web::search);
            config.routes.get("/static/{version}/<path>", org.usmx.web.StaticAssets::serve);
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
        });
    }
}
