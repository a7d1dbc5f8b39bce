package org.usmx.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error renderer of the service: every {@link Problem}, unknown route (404), wrong
 * method (405 with Allow) and unexpected failure (500) becomes problem+json, or an HTML page
 * when the client is a browser (Accept prefers text/html) or the URL pinned .html.
 */
public final class ErrorRenderer {

    /** The HTML side, supplied by the web package: a page for one problem. */
    @FunctionalInterface
    public interface HtmlPage {
        String render(Problem problem);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ErrorRenderer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HtmlPage page;

    public ErrorRenderer(HtmlPage page) {
        this.page = page;
    }

    /** Registers the handlers: thrown problems, Javalin's own HTTP errors, unknown routes, failures. */
    public void install(JavalinConfig config) {
        // a path that exists for another method answers 405 (Javalin throws MethodNotAllowedResponse)
        config.http.prefer405over404 = true;
        config.routes.exception(Problem.class, (e, ctx) -> render(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx, fromJavalin(ctx, e)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            Problem unreadable = unreadableRequest(e);
            if (unreadable != null) {
                LOG.debug("request not readable: {} {}: {}", ctx.method(), ctx.path(), e.toString());
                render(ctx, unreadable);
                return;
            }
            LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
            render(ctx, new Problem(500, "Internal error", "The server failed to answer; the log has details under request id "
                + ctx.res().getHeader("X-Request-Id") + "."));
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) render(ctx, Problem.notFound("No route " + ctx.path() + "; /api/openapi.json lists the API, / the pages."));
        });
    }

    /**
     * A request whose body Jetty could not read (a broken chunk, a body cut short) fails inside
     * the handler that reads it; that is the client's error (4xx), not the server's (500).
     */
    static Problem unreadableRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                String title = org.eclipse.jetty.http.HttpStatus.getMessage(http.getCode());
                return new Problem(http.getCode(), title, "The request body could not be read: it is malformed or ended early"
                    + " (declared Content-Length or chunked encoding not respected).");
            }
            if (t instanceof org.eclipse.jetty.io.EofException) {
                return new Problem(400, "Bad Request", "The request body ended before it was complete.");
            }
        }
        return null;
    }

    private static Problem fromJavalin(Context ctx, HttpResponseException e) {
        if (e.getStatus() == 405) {
            String methods = e.getDetails().getOrDefault("availableMethods", "");
            List<String> allowed = new java.util.ArrayList<>(List.of(methods.replaceAll("[\\[\\]]", "").split("\\s*,\\s*")));
            allowed.removeIf(String::isBlank);
            if (allowed.contains("GET") && !allowed.contains("HEAD")) allowed.add("HEAD");
            return Problem.methodNotAllowed(ctx.method().name(), ctx.path(), allowed);
        }
        if (e.getStatus() == 404) return Problem.notFound("No route " + ctx.path() + "; /api/openapi.json lists the API, / the pages.");
        return new Problem(e.getStatus(), e.getMessage() == null ? "Error" : e.getMessage(), e.getMessage() == null ? "" : e.getMessage());
    }

    /** Writes the problem in the representation the client wants. */
    public void render(Context ctx, Problem p) {
        p.headers().forEach(ctx::header);
        ctx.header("Cache-Control", "no-store"); // an error is never stored, whatever the route's validators said
        ctx.status(p.status());
        boolean html = p.pinnedHtml().orElseGet(() -> wantsHtml(ctx.header("Accept")));
        if (html) {
            ctx.contentType("text/html; charset=utf-8").result(page.render(p));
        } else {
            ctx.contentType("application/problem+json").result(json(p, ctx.path()));
        }
    }

    /**
     * The problem+json body (RFC 9457): type, title, status, detail, instance, then extensions.
     * No instance when the request path is unknown (a request line Jetty could not read).
     */
    public static String json(Problem p, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        if (instance != null) body.put("instance", instance);
        p.parameter().ifPresent(name -> body.put("parameter", name));
        body.putAll(p.extensions());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Browsers get HTML: text/html (or XHTML) is acceptable with a higher quality than JSON.
     * Everyone else (no Accept, *&#47;*, application/json, problem+json) gets problem+json.
     */
    public static boolean wantsHtml(String accept) {
        if (accept == null || accept.isBlank()) return false;
        double html = 0, json = 0;
        int htmlRank = Integer.MAX_VALUE, jsonRank = Integer.MAX_VALUE, rank = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=")) {
                    try { q = Double.parseDouble(param.substring(2)); } catch (NumberFormatException e) { q = 0; }
                }
            }
            rank++;
            if ((type.equals("text/html") || type.equals("application/xhtml+xml")) && q > html) { html = q; htmlRank = rank; }
            if ((type.equals("application/json") || type.equals("application/problem+json")) && q > json) { json = q; jsonRank = rank; }
        }
        if (html == 0) return false;
        return html > json || (html == json && htmlRank < jsonRank);
    }
}
