package org.usmx.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one error type of the service, rendered as RFC 9457 problem+json (or an HTML page for a
 * browser) by {@link ErrorRenderer}: a status, a short title, a detail that says what was wrong
 * and where, the parameter at fault if there is one, and extension members (close matches).
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String title;
    private final String parameter;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;
    private final Boolean html;

    private Problem(int status, String title, String detail, String parameter, Map<String, Object> extensions,
                    Map<String, String> headers, Boolean html) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
        this.extensions = extensions;
        this.headers = headers;
        this.html = html;
    }

    public Problem(int status, String title, String detail) {
        this(status, title, detail, null, Map.of(), Map.of(), null);
    }

    /** 400 naming the query or path parameter at fault. */
    public static Problem badParameter(String name, String detail) {
        return new Problem(400, "Bad parameter: " + name, detail, name, Map.of(), Map.of(), null);
    }

    /** 400 naming the parameter, with values the caller may have meant (listed as {@code closeMatches}). */
    public static Problem badParameter(String name, String detail, List<?> closeMatches) {
        return badParameter(name, detail).with("closeMatches", closeMatches);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail);
    }

    public static Problem methodNotAllowed(String method, String path, List<String> allowed) {
        return new Problem(405, "Method not allowed", method + " is not allowed on " + path + "; allowed: "
            + String.join(", ", allowed) + ".").header("Allow", String.join(", ", allowed));
    }

    /** The same problem with one more extension member in its JSON body. */
    public Problem with(String member, Object value) {
        Map<String, Object> ext = new LinkedHashMap<>(extensions);
        ext.put(member, value);
        return new Problem(status, title, getMessage(), parameter, ext, headers, html);
    }

    /** The same problem with a response header (e.g. Allow on a 405). */
    public Problem header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Problem(status, title, getMessage(), parameter, extensions, h, html);
    }

    /**
     * The same problem in a fixed representation, whatever Accept says: a URL that pins a
     * representation (/id/org/x.ttl, /id/org/x.html) answers its errors in kind.
     */
    public Problem pinned(boolean asHtml) {
        return new Problem(status, title, getMessage(), parameter, extensions, headers, asHtml);
    }

    public int status() { return status; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    public Optional<String> parameter() { return Optional.ofNullable(parameter); }

    public Map<String, Object> extensions() { return Collections.unmodifiableMap(extensions); }

    public Map<String, String> headers() { return Collections.unmodifiableMap(headers); }

    /** Empty when Accept decides; true/false when the URL pinned the representation. */
    public Optional<Boolean> pinnedHtml() { return Optional.ofNullable(html); }
}
