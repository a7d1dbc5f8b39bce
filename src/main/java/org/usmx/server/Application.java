package org.usmx.server;

import io.javalin.config.JavalinConfig;

import org.usmx.api.OpsController;
import org.usmx.api.StatsService;
import org.usmx.config.Settings;
import org.usmx.store.LoadedStore;

/** The table of contents: which service answers which path. Everything else lives in its package. */
public final class Application {

    private Application() {}

    public static UsmxServer build(Settings settings, LoadedStore store) {
        OpsController ops = new OpsController(new StatsService(store));
        return UsmxServer.create(settings, store, (JavalinConfig config) -> {
            config.routes.get("/health", ops::health);
            config.routes.get("/api/stats", ops::stats);
        });
    }
}
