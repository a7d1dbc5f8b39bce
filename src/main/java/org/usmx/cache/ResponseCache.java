package org.usmx.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A byte-bounded LRU of complete responses. Every answer of this service is a pure function of
 * the data release (its hash) and the request, so an entry stays valid until the data changes:
 * the first lookup under a new hash empties the cache. Thread-safe; lookups are short critical
 * sections, the work of computing an answer happens outside the lock.
 */
public final class ResponseCache {

    private final long maxBytes;
    private final int maxEntryBytes;
    private final LinkedHashMap<String, CachedResponse> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private String dataHash;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * @param maxBytes      total budget for cached bodies and headers
     * @param maxEntryBytes larger answers are not kept (dumps, huge results)
     */
    public ResponseCache(long maxBytes, int maxEntryBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
    }

    /**
     * The cache as configured by {@code USMX_RESPONSE_CACHE_MB} (total, default 128; 0 turns it
     * off) and {@code USMX_RESPONSE_CACHE_ENTRY_KB} (largest answer kept, default 2048).
     */
    public static ResponseCache fromEnvironment() {
        return new ResponseCache(1024L * 1024 * setting("USMX_RESPONSE_CACHE_MB", 128), 1024 * setting("USMX_RESPONSE_CACHE_ENTRY_KB", 2048));
    }

    private static int setting(String name, int dflt) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.trim());
            if (i < 0) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number >= 0, got \"" + v + "\"");
        }
    }

    public int maxEntryBytes() {
        return maxEntryBytes;
    }

    synchronized CachedResponse get(String hash, String key) {
        resetIfDataChanged(hash);
        CachedResponse r = entries.get(key);
        if (r == null) misses.incrementAndGet();
        else hits.incrementAndGet();
        return r;
    }

    synchronized void put(String hash, String key, CachedResponse response) {
        resetIfDataChanged(hash);
        long w = response.weight();
        if (w > maxEntryBytes || w > maxBytes) return;
        CachedResponse old = entries.put(key, response);
        if (old != null) bytes -= old.weight();
        bytes += w;
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().weight();
            it.remove();
        }
    }

    private void resetIfDataChanged(String hash) {
        if (!hash.equals(dataHash)) {
            entries.clear();
            bytes = 0;
            dataHash = hash;
        }
    }

    /** Counters for /api/stats. */
    public synchronized Map<String, Object> stats() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", entries.size());
        m.put("bytes", bytes);
        m.put("maxBytes", maxBytes);
        m.put("maxEntryBytes", maxEntryBytes);
        m.put("hits", hits.get());
        m.put("misses", misses.get());
        return m;
    }
}
