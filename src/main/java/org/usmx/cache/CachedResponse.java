package org.usmx.cache;

import java.util.List;
import java.util.Map;

/**
 * A complete answer as the service sent it: status, the headers the handler set, and the body.
 * Replayed byte for byte while the data hash it was computed under is still current.
 */
record CachedResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** Approximate heap cost, for the cache's byte budget. */
    long weight() {
        long w = body.length + 64;
        for (var h : headers) w += 2L * (h.getKey().length() + h.getValue().length()) + 32;
        return w;
    }

    String header(String name) {
        for (var h : headers) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
        return null;
    }
}
