package org.usmx.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public port is read-only. SPARQL Update and Graph Store writes are refused up front with
 * 405 and a message saying why, before any SPARQL machinery sees the request.
 */
public final class ReadOnlyFilter implements Filter {

    private static final Set<String> WRITE_METHODS = Set.of("PUT", "DELETE", "PATCH");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String refusal = refusal(http);
        if (refusal != null) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Allow", "GET, POST, HEAD, OPTIONS");
            ProblemErrorHandler.send(http, response, 405, refusal);
            return;
        }
        chain.doFilter(req, res);
    }

    static String refusal(HttpServletRequest http) {
        String method = http.getMethod();
        if (WRITE_METHODS.contains(method)) {
            return "This endpoint is read-only: " + method + " (Graph Store write) is not allowed. "
                + "The graph is built from the curated files in data/.";
        }
        if ("POST".equals(method)) {
            String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase();
            if (type.startsWith("application/sparql-update") || http.getParameter("update") != null) {
                return "This endpoint is read-only: SPARQL Update is not allowed. Send queries with ?query= or "
                    + "Content-Type: application/sparql-query.";
            }
            if (!type.isEmpty() && !type.startsWith("application/sparql-query")
                && !type.startsWith("application/x-www-form-urlencoded")) {
                return "This endpoint is read-only: POST of " + type + " (Graph Store write) is not allowed.";
            }
        }
        return null;
    }
}
