package org.usmx.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

/**
 * limit/offset paging, the same for every list: the request's window, and the page body
 * {@code {total, limit, offset, items}} where total counts every match, not just this page.
 */
public record Paging(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public static Paging of(Context ctx) {
        return of(ctx, DEFAULT_LIMIT, MAX_LIMIT);
    }

    public static Paging of(Context ctx, int defaultLimit, int maxLimit) {
        return new Paging(intParam(ctx, "limit", defaultLimit, 1, maxLimit), intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    }

    /** This page of a list that is held whole. */
    public Map<String, Object> page(List<?> all) {
        return body(all.size(), all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size())));
    }

    /** A page whose items were already cut (by SPARQL or the index) out of {@code total} matches. */
    public Map<String, Object> body(long total, List<?> items) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", total);
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("items", items);
        return page;
    }

    /** An integer query parameter within bounds, or a 400 naming the parameter. */
    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) throw Problem.badParameter(name, name + " must be between " + min + " and " + max + ", got " + i);
            return i;
        } catch (NumberFormatException e) {
            throw Problem.badParameter(name, name + " must be an integer, got \"" + v + "\"");
        }
    }

    /** A boolean query parameter (true/false), or a 400 naming it. */
    public static boolean boolParam(Context ctx, String name, boolean dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.badParameter(name, name + " must be true or false, got \"" + v + "\"");
        };
    }
}
