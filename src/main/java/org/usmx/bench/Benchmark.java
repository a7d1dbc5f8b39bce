package org.usmx.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side-by-side benchmark behind bench/run: the query library against usmx-kg and each peer
 * endpoint given (standalone Fuseki, Oxigraph, Virtuoso), alternately and twice, keeping each
 * query's better run; then the hot paths of the service at concurrency 8 beside a static file of
 * the same bytes served by the same server. Prints Markdown tables (ratios = usmx req/s ÷ peer req/s).
 *
 * <p>Arguments: {@code --queries DIR --usmx URL [--peer NAME=SPARQL_URL ...] [--form-peer NAME=SPARQL_URL ...] [--seconds S]
 * [--out FILE] [--public DIR]}; DIR is the service's USMX_PUBLIC_DIR, where the hot paths' static
 * twins are written. The processes themselves are started and stopped by bench/run.
 */
public final class Benchmark {

    static final String SERVED = "usmx";
    static final String ENGINE = "usmx-engine";

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> peers = new LinkedHashMap<>();
        java.util.Set<String> formPeers = new java.util.HashSet<>();
        Path queries = Path.of("queries");
        String usmx = "http://127.0.0.1:18080";
        double seconds = 3;
        Path out = null;
        Path publicDir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--queries" -> queries = Path.of(args[i + 1]);
                case "--usmx" -> usmx = args[i + 1];
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--public" -> publicDir = Path.of(args[i + 1]);
                case "--peer", "--form-peer" -> {
                    String[] kv = args[i + 1].split("=", 2);
                    peers.put(kv[0], kv[1]);
                    if (args[i].equals("--form-peer")) formPeers.add(kv[0]);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Duration slice = Duration.ofMillis((long) (seconds * 1000));
        StringBuilder report = new StringBuilder();

        // usmx-kg twice: as clients see it (response cache on) and its engine alone (no-cache)
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put(SERVED, usmx + "/sparql");
        endpoints.put(ENGINE, usmx + "/sparql");
        endpoints.putAll(peers);
        List<LibraryQuery> library = LibraryQuery.load(queries);
        Map<String, Map<String, Double>> rates = new LinkedHashMap<>();
        for (LibraryQuery q : library) {
            Map<String, Double> best = new LinkedHashMap<>();
            for (int round = 0; round < 2; round++) {
                for (var e : endpoints.entrySet()) {
                    boolean fresh = e.getKey().equals(ENGINE);
                    boolean form = formPeers.contains(e.getKey());
                    LoadRun.Result r = LoadRun.run(http, () -> form ? q.formRequest(e.getValue()) : q.request(e.getValue(), fresh), 2, slice);
                    if (r.failures() == 0 && r.successes() > 0) best.merge(e.getKey(), r.perSecond(), Math::max);
                }
            }
            rates.put(q.name(), best);
            System.err.printf("%-32s %s%n", q.name(), best);
        }
        report.append(RatioTable.library(rates, List.of(SERVED, ENGINE), List.copyOf(peers.keySet())));

        if (publicDir != null) report.append("\n").append(HotPaths.run(http, usmx, slice, publicDir));
        PrintStream target = System.out;
        target.println(report);
        if (out != null) {
            Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
            System.err.println("wrote " + out);
        }
    }

    /** One request's response status and body length, or -1 on an I/O error. */
    static int status(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A GET with optional header name/value pairs. */
    static HttpRequest get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        return b.GET().build();
    }
}
