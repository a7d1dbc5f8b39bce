package org.usmx.api;

import java.time.Duration;
import java.util.Map;

import io.javalin.http.Context;

/** /health and /api/stats: thin HTTP over {@link StatsService}. */
public final class OpsController {

    private final StatsService stats;

    public OpsController(StatsService stats) {
        this.stats = stats;
    }

    public void health(Context ctx) {
        boolean ok = stats.healthy(Duration.ofSeconds(5));
        ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "unavailable",
            "detail", ok ? "store loaded and answering" : "store not answering the probe query"));
    }

    public void stats(Context ctx) {
        ctx.json(stats.stats());
    }
}
