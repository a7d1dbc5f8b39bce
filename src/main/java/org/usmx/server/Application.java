package org.usmx.server;

import io.javalin.config.JavalinConfig;

import org.usmx.api.ApiSupport;
import org.usmx.api.ClaimsController;
import org.usmx.api.OpsController;
import org.usmx.api.QueryLibraryController;
import org.usmx.api.SearchController;
import org.usmx.api.SourcesController;
import org.usmx.api.StatsService;
import org.usmx.config.Settings;
import org.usmx.provenance.ClaimCatalog;
import org.usmx.provenance.ClaimTrace;
import org.usmx.store.DataFiles;
import org.usmx.search.SearchIndex;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.LoadedStore;

/** The table of contents: which service answers which path. Everything else lives in its package. */
public final class Application {

    private Application() {}

    public static UsmxServer build(Settings settings, LoadedStore store) {
        OpsController ops = new OpsController(new StatsService(store));
        SelectRunner runner = new SelectRunner(store.dataset(), settings.queryTimeout());
        QueryLibraryController queries = new QueryLibraryController(new QueryLibrary(settings.queriesDir()), runner);
        ClaimsController claims = new ClaimsController(new ClaimTrace(runner), new ClaimCatalog(runner), settings.idBase());
        SourcesController sources = new SourcesController(runner, new DataFiles(settings.dataDir(), settings.ontologyDir()), settings.idBase());
        SearchController search = new SearchController(new SearchIndex(runner));
        return UsmxServer.create(settings, store, (JavalinConfig config) -> {
            ApiSupport.install(config, store.dataHash());
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
        });
    }
}
