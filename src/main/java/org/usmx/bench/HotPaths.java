package org.usmx.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The service's hot paths at concurrency 8, each beside the physical limit of this server: the
 * same bytes served as a static asset would be the ceiling, so the table gives each route's
 * size and throughput next to /health (the cheapest answer the server has).
 */
final class HotPaths {

    static final List<String> ROUTES = List.of(
        "/health",
        "/id/org/sedena.html",
        "/id/org/sedena.ttl",
        "/api/entities/org/sedena",
        "/api/claims/downie-2011-c061/trace",
        "/api/search?q=sedena",
        "/.well-known/void",
        "/api/stats");

    private HotPaths() {}

    static String run(HttpClient http, String base, Duration slice) throws Exception {
        StringBuilder t = new StringBuilder("### Hot paths, concurrency 8\n\n| route | bytes | req/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n");
        for (String route : ROUTES) {
            long bytes = size(http, base + route);
            LoadRun.Result r = LoadRun.run(http, () -> Benchmark.get(base + route), 8, slice);
            t.append(String.format(Locale.ROOT, "| `%s` | %d | %.0f | %.1f | %.1f | %d |%n",
                route, bytes, r.perSecond(), r.p50Millis(), r.p99Millis(), r.failures()));
            System.err.printf("%-40s %.0f req/s%n", route, r.perSecond());
        }
        return t.toString();
    }

    private static long size(HttpClient http, String url) {
        try {
            return http.send(Benchmark.get(url), HttpResponse.BodyHandlers.ofByteArray()).body().length;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
