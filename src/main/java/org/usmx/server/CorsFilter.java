package org.usmx.server;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for a read-only public service: any origin may read, never with credentials (so the
 * answer is {@code *}, not an echo of the origin), the preflight offers only the methods the
 * route accepts (POST only where a query or batch is posted), and the headers a client needs
 * (ETag, Link, X-Request-Id, Retry-After) are exposed.
 */
public final class CorsFilter implements Filter {

    static final String EXPOSED = "ETag, Link, X-Request-Id, Retry-After, Content-Disposition";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since, Cache-Control";
    /** Paths whose routes accept POST besides GET (SPARQL queries by form or body; reconciliation batches). */
    private static final Set<String> POST_PATHS = Set.of("/sparql", "/reconcile");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = http.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        String requested = http.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(http.getMethod()) && requested != null) {
            String methods = methods(http.getRequestURI());
            response.setHeader("Access-Control-Allow-Methods", methods);
            response.setHeader("Access-Control-Allow-Headers", allowedHeaders(http.getHeader("Access-Control-Request-Headers")));
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setHeader("Allow", methods);
            response.setStatus(204);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(req, res);
    }

    static String methods(String path) {
        for (String p : POST_PATHS) {
            if (path.equals(p) || path.startsWith(p + "/")) return "GET, HEAD, POST, OPTIONS";
        }
        return "GET, HEAD, OPTIONS";
    }

    /** The requested headers we accept (simple ones plus conditional requests); anything else is left out. */
    private static String allowedHeaders(String requested) {
        if (requested == null) return ALLOWED_HEADERS;
        Set<String> ok = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>();
        for (String h : ALLOWED_HEADERS.split(",\\s*")) known.add(h.toLowerCase(Locale.ROOT));
        Arrays.stream(requested.split(",")).map(String::trim).filter(h -> known.contains(h.toLowerCase(Locale.ROOT))).forEach(ok::add);
        return ok.isEmpty() ? ALLOWED_HEADERS : String.join(", ", ok);
    }
}
