package org.usmx.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that make every answer safe to open in a browser: only the service's own scripts may
 * run (the pages' styles are inline, so styles may be too), nothing may frame the pages (but the
 * reconciliation preview card), the
 * browser must not guess content types, and other sites learn at most our origin as referrer.
 * Set on every response (a JSON or RDF document opened in a browser is protected too).
 */
public final class SecurityHeadersFilter implements Filter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String PREVIEW = "/reconcile/preview";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        // a reconciliation client (OpenRefine, on its own origin) shows the preview card in a frame;
        // the card is read-only, so any page may frame it; nothing else may be framed
        boolean framed = req instanceof jakarta.servlet.http.HttpServletRequest r && PREVIEW.equals(r.getRequestURI());
        response.setHeader("Content-Security-Policy", framed ? CSP.replace("frame-ancestors 'none'", "frame-ancestors *") : CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!framed) response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(req, res);
    }
}
