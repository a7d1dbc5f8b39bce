package org.usmx.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.usmx.config.Limits;
import org.usmx.sparql.Admission;
import org.usmx.sparql.QueryRefused;

/**
 * Per-client rate limits for every request (429 + Retry-After), a tighter one for SPARQL, and
 * admission control for everything that is not SPARQL: pages, the entity API and search run in
 * their own pool of slots (SPARQL queries are admitted by the query service around their
 * execution), so a flood of heavy queries never takes their capacity.
 */
public final class TrafficFilter implements Filter {

    private final boolean limitLoopback;
    private final RateLimiter all;
    private final RateLimiter sparql;
    private final Admission pages;

    public TrafficFilter(Limits limits, Admission pages) {
        this.limitLoopback = limits.rateLimitLoopback();
        this.all = new RateLimiter(limits.requestsPerMinute(), limits.requestBurst());
        this.sparql = new RateLimiter(limits.sparqlPerMinute(), limits.sparqlBurst());
        this.pages = pages;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // preflights and health probes are never limited: an orchestrator must see a busy server as alive
        if ("OPTIONS".equals(http.getMethod()) || http.getRequestURI().equals("/health") || http.getRequestURI().equals("/$/ping")) {
            chain.doFilter(req, res);
            return;
        }
        String client = client(http);
        boolean isSparql = http.getRequestURI().startsWith("/sparql");
        long wait = 0;
        if (client != null) {
            wait = all.tryTake(client);
            if (wait == 0 && isSparql) wait = sparql.tryTake(client);
        }
        if (wait > 0) {
            refuse(http, response, 429, wait, "Too many requests from your address" + (isSparql ? " to the SPARQL endpoint" : "")
                + ". Retry in " + wait + " s.");
            return;
        }
        if (isSparql) {
            chain.doFilter(req, res);
            return;
        }
        Admission.Slot slot;
        try {
            slot = pages.enter(java.time.Duration.ofDays(1));
        } catch (QueryRefused busy) {
            refuse(http, response, busy.status(), busy.retryAfterSeconds(), busy.getMessage());
            return;
        }
        try (slot) {
            chain.doFilter(req, res);
        }
    }

    /**
     * Whom a request counts against: the remote address; for a request a proxy on this machine
     * forwarded, the address the proxy saw (the last X-Forwarded-For entry, the only one a client
     * cannot forge); null (not limited) for a direct request from this machine unless configured.
     */
    private String client(HttpServletRequest http) {
        String remote = http.getRemoteAddr();
        boolean loopback = remote.startsWith("127.") || remote.equals("::1") || remote.equals("0:0:0:0:0:0:0:1")
            || remote.equals("[::1]") || remote.startsWith("[0:0:0:0:0:0:0:1");
        if (!loopback) return remote;
        String forwarded = http.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return limitLoopback ? remote : null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long retryAfter, String message)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfter));
        ProblemErrorHandler.send(request, response, status, message);
    }
}
