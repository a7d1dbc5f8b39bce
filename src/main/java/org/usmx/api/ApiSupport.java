package org.usmx.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every /api response shares: problem+json errors, and caching tied to the data hash
 * (the graph only changes when the store is rebuilt, so the hash is a strong ETag).
 */
public final class ApiSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ApiSupport.class);

    private ApiSupport() {}

    public static void install(JavalinConfig config, String dataHash) {
        String etag = "\"" + dataHash.substring(0, 32) + "\"";
        config.routes.before("/api/*", ctx -> cacheable(ctx, etag));
        // Linked Data: a suffixed variant (/id/org/sedena.ttl) has one representation per URL, so
        // the data hash is its validator too; the generic IRI's 303 depends on Accept and is not cached.
        config.routes.before("/id/*", ctx -> {
            String last = ctx.path().substring(ctx.path().lastIndexOf('/') + 1);
            if (last.contains(".")) cacheable(ctx, etag);
        });
        config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, 500, "Internal error", "The server failed to answer; the log has details under request id "
                + ctx.res().getHeader("X-Request-Id") + ".");
        });
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                problem(ctx, 404, "Not found", "No API route " + ctx.path() + "; see /api/openapi.json.");
            }
        });
    }

    /** ETag and Cache-Control for a response that changes only when the data does; 304 when the client has it. */
    private static void cacheable(Context ctx, String etag) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=300");
        String inm = ctx.header("If-None-Match");
        if (inm != null && (inm.equals(etag) || inm.equals("*") || inm.contains(etag))) {
            ctx.status(304);
            ctx.skipRemainingHandlers();
        }
    }

    public static void problem(Context ctx, int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        ctx.status(status).contentType("application/problem+json").result(JsonSupport.write(body));
    }

    /** An integer query parameter within bounds, or a problem naming the parameter. */
    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) throw ApiProblem.badParameter(name, name + " must be between " + min + " and " + max + ", got " + i);
            return i;
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(name, name + " must be an integer, got \"" + v + "\"");
        }
    }
}
