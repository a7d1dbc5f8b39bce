package org.usmx.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The service's hot paths at concurrency 8, each beside its physical limit on this server: the
 * same bytes written to a file in the server's public directory ({@code USMX_PUBLIC_DIR}) and
 * served by the same server at /public/. The limit is measured twice: as served (a repeat is a
 * copy from the response cache, the fastest way this server can send those bytes) and read from
 * disk on every request (the file handler, as a plain file server would). The ratio the issue
 * asks for is the route's throughput over the faster of the two.
 */
final class HotPaths {

    static final List<String> ROUTES = List.of(
        "/id/org/sedena.html",
        "/id/org/sedena.ttl",
        "/id/org/sedena.jsonld",
        "/api/entities/org/sedena",
        "/api/claims/downie-2011-c061/trace",
        "/id/claim/downie-2011-c061.html",
        "/api/search?q=sedena",
        "/.well-known/void",
        "/api/stats");

    record Row(String route, long bytes, LoadRun.Result measured, LoadRun.Result staticServed, LoadRun.Result staticFile) {
        double ratio() {
            return measured.perSecond() / Math.max(staticServed.perSecond(), staticFile.perSecond());
        }
    }

    private HotPaths() {}

    static String run(HttpClient http, String base, Duration slice, Path publicDir) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROUTES.size(); i++) {
            String route = ROUTES.get(i);
            byte[] body = body(http, base + route);
            String file = "hot-" + i + ".bin";
            Files.write(publicDir.resolve(file), body);
            LoadRun.Result r = LoadRun.run(http, () -> Benchmark.get(base + route), 8, slice);
            LoadRun.Result served = LoadRun.run(http, () -> Benchmark.get(base + "/public/" + file), 8, slice);
            LoadRun.Result fromDisk = LoadRun.run(http, () -> Benchmark.get(base + "/public/" + file, "Cache-Control", "no-cache"), 8, slice);
            Row row = new Row(route, body.length, r, served, fromDisk);
            rows.add(row);
            System.err.printf(Locale.ROOT, "%-40s %.0f req/s; same bytes as a file: %.0f (served), %.0f (from disk); ratio %.2f%n",
                route, r.perSecond(), served.perSecond(), fromDisk.perSecond(), row.ratio());
        }
        StringBuilder t = new StringBuilder("### Hot paths, concurrency 8, beside a static file of the same bytes\n\n"
            + "| route | bytes | req/s | p50 ms | p99 ms | errors | file as served, req/s | file from disk, req/s | ratio to the faster file |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            t.append(String.format(Locale.ROOT, "| `%s` | %d | %.0f | %.1f | %.1f | %d | %.0f | %.0f | %.2f |%n",
                row.route(), row.bytes(), row.measured().perSecond(), row.measured().p50Millis(), row.measured().p99Millis(),
                row.measured().failures(), row.staticServed().perSecond(), row.staticFile().perSecond(), row.ratio()));
        }
        double worst = rows.stream().mapToDouble(Row::ratio).min().orElse(Double.NaN);
        t.append(String.format(Locale.ROOT, "%nLowest ratio: %.2f (the goal is at least 0.5).%n", worst));
        return t.toString();
    }

    private static byte[] body(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(Benchmark.get(url), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode());
        return r.body();
    }
}
