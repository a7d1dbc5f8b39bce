package org.usmx.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A bounded closed-loop load: {@code concurrency} workers send requests back to back for a fixed
 * time, on loopback only. Bounded in time, so a slow endpoint cannot hold the run.
 */
final class LoadRun {

    record Result(int successes, int failures, double perSecond, double p50Millis, double p99Millis) {}

    private LoadRun() {}

    static Result run(HttpClient http, Supplier<HttpRequest> request, int concurrency, Duration length) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        int[] failures = new int[1];
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        int status = Benchmark.status(http, request.get());
                        if (status >= 200 && status < 300) latencies.add(System.nanoTime() - t0);
                        else synchronized (failures) { failures[0]++; }
                    }
                }));
            }
            for (Future<?> w : workers) w.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted.size(), failures[0], sorted.size() / elapsed, percentile(sorted, 0.5), percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
    }
}
