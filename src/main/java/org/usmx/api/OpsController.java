package org.usmx.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;

/** /health and /api/stats: thin HTTP over {@link StatsService}. */
public final class OpsController {

    private final StatsService stats;
    private final Supplier<Map<String, Object>> limits;

    public OpsController(StatsService stats) {
        this(stats, Map::of);
    }

    /** {@code limits}: the server's safety limits and current load, shown under "limits" in /api/stats. */
    public OpsController(StatsService stats, Supplier<Map<String, Object>> limits) {
        this.stats = stats;
        this.limits = limits;
    }

    public void health(Context ctx) {
        boolean ok = stats.healthy(Duration.ofSeconds(5));
        ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "unavailable",
            "detail", ok ? "store loaded and answering" : "store not answering the probe query"));
    }

    public void stats(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>(stats.stats());
        out.put("limits", limits.get());
        ctx.json(out);
    }
}
