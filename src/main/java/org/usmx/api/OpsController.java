package org.usmx.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;

/** /health and /api/stats: thin HTTP over {@link StatsService}. */
public final class OpsController {

    private final StatsService stats;
    private final Supplier<Map<String, Object>> live;

    public OpsController(StatsService stats) {
        this(stats, Map::of);
    }

    /**
     * {@code live}: the server's own sections of /api/stats, read at each request (its safety
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
        Map<String, Object> out = new LinkedHashMap<>(stats.stats());
        out.putAll(live.get());
        ctx.json(out);
    }
}
