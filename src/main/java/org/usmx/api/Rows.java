package org.usmx.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * SPARQL rows as JSON objects with one type per field: offsets, page and note numbers and counts
 * are integers wherever they appear; everything else stays a string (IRIs, labels, dates as written).
 */
final class Rows {

    /**
     * Fields that are integers wherever they appear in the API: text offsets, page and note
     * numbers, counts. (Dates are other fields: startDate, endDate, date, issued.)
     */
    static final Set<String> INTEGERS = Set.of("start", "end", "page", "number", "claimCount", "noteCount", "count", "total");

    private Rows() {}

    static Map<String, Object> typed(Map<String, String> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, INTEGERS.contains(k) ? integer(v) : v));
        return out;
    }

    private static Object integer(String v) {
        return v == null ? null : Long.parseLong(v.trim());
    }
}
