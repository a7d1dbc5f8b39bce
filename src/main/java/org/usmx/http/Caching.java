package org.usmx.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Validators for answers that change only when the data does. The ETag belongs to one
 * representation: a hash of the data hash, the path, the query string and the content type, so
 * /api/claims and /api/sources, or .ttl and .jsonld of one resource, never share a tag. A
 * matching If-None-Match answers 304 with no body.
 */
public final class Caching {

    private final String dataHash;

    public Caching(String dataHash) {
        this.dataHash = dataHash;
    }

    /** Adds the validator to every successful GET/HEAD whose path {@code cacheable} accepts, unless its handler said no-store. */
    public void install(JavalinConfig config, Predicate<String> cacheable) {
        config.routes.after(ctx -> {
            if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) return;
            if (ctx.statusCode() != 200 || !cacheable.test(ctx.path())) return;
            // a handler that reports live state says so itself; its no-store wins
            String own = ctx.res().getHeader("Cache-Control");
            if (own != null && own.contains("no-store")) return;
            String etag = etag(ctx.path(), ctx.queryString(), ctx.res().getContentType());
            ctx.header("ETag", etag);
            ctx.header("Cache-Control", "public, max-age=300");
            if (matches(ctx.header("If-None-Match"), etag)) notModified(ctx);
        });
    }

    private static void notModified(Context ctx) {
        ctx.status(304).result("");
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.trim();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals("*") || tag.equals(etag)) return true;
        }
        return false;
    }

    /**
     * The strong validator of one representation: the data hash (so an operator can read which
     * data answered) then a hash of what picks the representation out of that data.
     */
    public String etag(String path, String query, String contentType) {
        String key = dataHash + "\n" + path + "\n" + (query == null ? "" : query) + "\n" + (contentType == null ? "" : contentType);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + dataHash.substring(0, Math.min(32, dataHash.length())) + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
