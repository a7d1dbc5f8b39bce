package org.usmx.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The cache itself: byte budget, entry limit, and a new data hash emptying it. */
class ResponseCacheTest {

    private static CachedResponse answer(int bytes) {
        return new CachedResponse(200, List.of(Map.entry("Content-Type", "text/plain")), new byte[bytes]);
    }

    @Test
    void keepsAnswersUnderTheirDataHash() {
        ResponseCache cache = new ResponseCache(1 << 20, 1 << 16);
        cache.put("h1", "GET /a", answer(10));
        assertNotNull(cache.get("h1", "GET /a"));
        assertNull(cache.get("h1", "GET /b"));
        assertEquals(1L, cache.stats().get("hits"));
        assertEquals(1L, cache.stats().get("misses"));
    }

    @Test
    void aNewDataHashEmptiesTheCache() {
        ResponseCache cache = new ResponseCache(1 << 20, 1 << 16);
        cache.put("h1", "GET /a", answer(10));
        assertNull(cache.get("h2", "GET /a"), "an answer computed over other data is never replayed");
        assertEquals(0, cache.stats().get("entries"));
    }

    @Test
    void evictsTheLeastRecentlyUsedPastTheBudget() {
        CachedResponse one = answer(400);
        ResponseCache cache = new ResponseCache(2 * one.weight() + 10, 1 << 16);
        cache.put("h", "a", one);
        cache.put("h", "b", answer(400));
        cache.get("h", "a"); // a is now more recent than b
        cache.put("h", "c", answer(400));
        assertNotNull(cache.get("h", "a"));
        assertNull(cache.get("h", "b"));
        assertNotNull(cache.get("h", "c"));
        assertEquals(2, cache.stats().get("entries"));
    }

    @Test
    void answersLargerThanTheEntryLimitAreNotKept() {
        ResponseCache cache = new ResponseCache(1 << 20, 1000);
        cache.put("h", "big", answer(5000));
        assertNull(cache.get("h", "big"));
        byte[] body = new byte[] {1, 2, 3};
        cache.put("h", "small", new CachedResponse(200, List.of(), body));
        assertArrayEquals(body, cache.get("h", "small").body());
    }
}
