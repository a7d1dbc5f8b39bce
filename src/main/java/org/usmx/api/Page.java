package org.usmx.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

/** limit/offset pagination with totals, the same for every list. */
public final class Page {

    private Page() {}

    public static Map<String, Object> of(Context ctx, List<?> all) {
        int limit = ApiSupport.intParam(ctx, "limit", 50, 1, 1000);
        int offset = ApiSupport.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", all.size());
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("items", all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
        return page;
    }
}
