package org.usmx.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client: a client may send {@code burst} requests at once, then
 * {@code perMinute} a minute. {@link #tryTake} answers 0 when the request may go ahead, else the
 * seconds until it may (for Retry-After).
 */
final class RateLimiter {

    private final double capacity;
    private final double perNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int burst) {
        this.capacity = Math.max(1, burst);
        this.perNano = perMinute / 60e9;
    }

    /** 0 if {@code client} may proceed now (a token is taken), else whole seconds to wait. */
    long tryTake(String client) {
        long now = System.nanoTime();
        if (buckets.size() > 50_000) buckets.values().removeIf(b -> b.isFull(now));
        return buckets.computeIfAbsent(client, k -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = capacity;
        private long last;

        Bucket(long now) { this.last = now; }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            if (perNano <= 0) return 60;
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
