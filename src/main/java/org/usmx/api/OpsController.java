package org.usmx.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;

/**
 * /health, /api/stats and /api/status: thin HTTP over {@link StatsService}. The statistics are a
 * pure function of the data release, so they are cacheable like every other answer; what changes
 * without a data change (limits, load, cache counters) is kept apart under /api/status, which no
 * cache keeps.
 */
public final class OpsController {

    private final StatsService stats;
    private final Supplier<Map<String, Object>> live;

    public OpsController(StatsService stats) {
        this(stats, Map::of);
    }

    /**
     * {@code live}: the server's own sections of /api/status, read at each request (its safety
     * limits and current load under "limits", the response cache's counters under "responseCache").
     */
    public OpsController(StatsService stats, Supplier<Map<String, Object>> live) {
        this.stats = stats;
        this.live = live;
    }

    public void health(Context ctx) {
        boolean ok = stats.healthy(Duration.ofSeconds(5));
        ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "unavailable",
            "detail", ok ? "store loaded and answering" : "store not answering the probe query"));
    }

    public void stats(Context ctx) {
        ctx.json(stats.stats());
    }

    public void status(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataHash", stats.stats().get("dataHash"));
        out.putAll(live.get());
        ctx.header("Cache-Control", "no-store").json(out);
    }
}
