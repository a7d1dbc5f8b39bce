package org.usmx.cache;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves repeated requests from {@link ResponseCache}. The data is immutable between loads, so a
 * GET asked again under the same data hash gets
 * the stored answer without touching the store: SPARQL results, entity pages, RDF, API JSON,
 * VoID. The key is method, path, query string and Accept;
 * answers vary only by those (and Host, which some answers name). Excluded: operational routes
 * whose answer changes without a data change ({@link #LIVE_PATHS}), anything not a
 * success or a redirect, POSTs, and a request that says {@code Cache-Control: no-cache} (computed afresh,
 * then kept) or {@code no-store} (computed afresh, not kept), as HTTP caches treat them. It sits
 * innermost, after admission control and rate limits, so it never lets a client past them.
 */
public final class ResponseCacheFilter implements Filter {

    /** Routes that report live state (health, counters), never replayed. */
    static final Set<String> LIVE_PATHS = Set.of("/health", "/api/status", "/$/ping");

    /** How long a downstream cache may answer without revalidating; data releases are rare. */
    static final int MAX_AGE_SECONDS = 300;

    private final ResponseCache cache;
    private final Function<HttpServletRequest, Optional<String>> currentHash;

    /**
     * @param currentHash the data hash a request is answered under, or empty while it is pinned to
     *                    a store that is being replaced (such answers are neither served from nor
     *                    put into the cache)
     */
    public ResponseCacheFilter(ResponseCache cache, Function<HttpServletRequest, Optional<String>> currentHash) {
        this.cache = cache;
        this.currentHash = currentHash;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<String> serving = currentHash.apply(request);
        if (serving.isEmpty() || LIVE_PATHS.contains(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        // GET only. A SPARQL POST is not keyed: reading its body here would delay Fuseki's choice of
        // store past a switch (`usmx load`), so a query that arrived before the switch could run on
        // the new store; HTTP caches do not keep POSTs either.
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        String key = keyOf(request);
        String hash = serving.get();
        String directive = String.valueOf(request.getHeader("Cache-Control")).toLowerCase();
        boolean noStore = directive.contains("no-store");
        CachedResponse hit = noStore || directive.contains("no-cache") ? null : cache.get(hash, key);
        if (hit != null) {
            replay(hit, request, response);
            return;
        }
        CapturingResponse capture = new CapturingResponse(response, cache.maxEntryBytes());
        // every answer is a pure function of the data release and the request: any HTTP cache
        // (a browser, nginx, a CDN) may keep it and revalidate; a handler's own validators win
        capture.setHeader("ETag", Validators.etag(hash, key.substring(0, key.indexOf(HOST))));
        capture.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        chain.doFilter(request, capture);
        CachedResponse answer = noStore ? null : capture.snapshot();
        if (answer != null) cache.put(hash, key, answer);
    }

    /**
     * Separates the host from the rest of a key: the host picks the cache entry (some answers name
     * it) but not the validator, which HTTP caches scope to the URL anyway, so replicas of one
     * release give one ETag for one request.
     */
    private static final String HOST = "\n@host ";

    private static String keyOf(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getMethod() + " " + request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString())
            + "\n" + (accept == null ? "" : accept) + HOST + request.getServerName() + ":" + request.getServerPort();
    }

    private static void replay(CachedResponse hit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String etag = hit.header("ETag");
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean notModified = etag != null && ifNoneMatch != null && hit.status() == 200
            && (ifNoneMatch.equals("*") || ifNoneMatch.contains(etag));
        response.setStatus(notModified ? 304 : hit.status());
        for (var h : hit.headers()) {
            if (h.getKey().equalsIgnoreCase("Content-Type")) response.setContentType(h.getValue());
            else response.addHeader(h.getKey(), h.getValue());
        }
        if (notModified) return;
        response.setContentLength(hit.body().length);
        response.getOutputStream().write(hit.body());
    }
}
