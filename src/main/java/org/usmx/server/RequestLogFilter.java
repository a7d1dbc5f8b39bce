package org.usmx.server;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.usmx.sparql.BoundedQueryService;

/**
 * One log line per request (method, path, status, duration, request id, and for SPARQL a short
 * hash of the query text) for SPARQL, API and pages alike. The query text itself is logged by
 * the query service at debug level only (USMX_LOG_LEVEL=DEBUG), under the same hash. The id goes
 * into the MDC (so every log line of the request carries it) and back to the client as
 * X-Request-Id, so a failing request can be found in the log.
 */
public final class RequestLogFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger("usmx.request");
    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String id = "q" + COUNTER.incrementAndGet();
        long start = System.nanoTime();
        http.setAttribute(BoundedQueryService.ARRIVED, start);
        MDC.put("requestId", id);
        response.setHeader("X-Request-Id", id);
        int failed = 0;
        try {
            chain.doFilter(req, res);
        } catch (IOException | ServletException | RuntimeException e) {
            // Jetty answers these after the filters (a malformed form body is a 400); log what it will send
            failed = statusFor(e);
            throw e;
        } finally {
            long ms = (System.nanoTime() - start) / 1_000_000;
            int status = failed != 0 ? failed : response.getStatus();
            String path = http.getRequestURI();
            if (path.startsWith("/sparql")) {
                Object hash = http.getAttribute(BoundedQueryService.QUERY_HASH);
                LOG.info("{} {} -> {} in {} ms{}", http.getMethod(), abbreviate(path), status, ms,
                    hash == null ? "" : " query=" + hash);
            } else {
                String query = http.getQueryString();
                LOG.info("{} {}{} -> {} in {} ms", http.getMethod(), abbreviate(path),
                    query == null ? "" : "?" + abbreviate(query), status, ms);
            }
            MDC.remove("requestId");
        }
    }

    /** The status Jetty sends for an exception that left the filters: a bad message's own code, else 500. */
    private static int statusFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException.RuntimeException http) return http.getCode();
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad) return bad.getCode();
            if (t instanceof java.nio.charset.CharacterCodingException || t instanceof IllegalArgumentException) return 400;
        }
        return 500;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
