package org.usmx.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.usmx.http.ErrorRenderer;
import org.usmx.http.Problem;

/**
 * The errors Jetty answers itself, outside Javalin: a request it cannot parse or will not route
 * (an ambiguous path such as {@code /public/..%2Fx}, a URI or headers too large, a bad Host), and
 * every {@code sendError} of a servlet or filter (the 503 while the web application cannot be
 * built, a method Fuseki's own servlets refuse). They get the same answer as every other error
 * of the service ({@link ErrorRenderer}): problem+json, or the site's HTML error page for a
 * browser; never Jetty's default page, which names the server and echoes the whole URI.
 *
 * <p>Set on the Jetty server (protocol errors, before any context) and on Fuseki's servlet
 * context (sendError). Requests that failed before the filters ran get the security headers here.
 */
final class ProblemErrorHandler extends ErrorHandler {

    /** Jetty's placeholder paths for a request whose request line could not be read. */
    private static final java.util.Set<String> PLACEHOLDER_PATHS = java.util.Set.of("/badMessage", "/badURI");
    private static final int MAX_INSTANCE = 1000;
    private static final int MAX_MESSAGE = 300;

    /**
     * Request attribute: the detail to show, set by the service's own code before sendError (it
     * says more than the status can); Jetty's messages are filtered, this one is shown as is.
     */
    static final String DETAIL = ProblemErrorHandler.class.getName() + ".detail";

    private final ErrorRenderer.HtmlPage page;

    ProblemErrorHandler(ErrorRenderer.HtmlPage page) {
        this.page = page;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        if (message == null && request.getAttribute("jakarta.servlet.error.message") instanceof String m) message = m;
        if (cause instanceof HttpException http) {
            status = http.getCode();
            if (message == null) message = http.getReason();
        }
        if (status < 400) status = 500; // an error without an error status: never answer it as a success
        response.setStatus(status);

        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        boolean pathUnknown = path == null || path.isEmpty() || cause instanceof HttpException && PLACEHOLDER_PATHS.contains(path);
        String instance = pathUnknown ? null : abbreviate(path, MAX_INSTANCE);
        String detail = request.getAttribute(DETAIL) instanceof String d && !d.isBlank() ? d
            : detail(status, message, request.getMethod(), instance, response.getHeaders());
        Problem problem = new Problem(status, title(status), detail);

        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.remove(HttpHeader.PRAGMA);
        headers.remove(HttpHeader.EXPIRES);
        headers.remove(HttpHeader.ETAG);
        headers.remove(HttpHeader.LAST_MODIFIED);
        headers.add(HttpHeader.VARY, "Accept");
        // a request refused before the filters ran has none of the headers every other answer carries
        putIfAbsent(headers, "Content-Security-Policy", SecurityHeadersFilter.CSP);
        putIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        putIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
        putIfAbsent(headers, "X-Frame-Options", "DENY");

        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        boolean html = ErrorRenderer.wantsHtml(request.getHeaders().get(HttpHeader.ACCEPT));
        String body;
        if (html) {
            headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            body = page.render(problem);
        } else {
            headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            body = ErrorRenderer.json(problem, instance);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    /**
     * Refuses a request from a filter or servlet of the service in the one error format: the
     * headers already set stay (Allow, Retry-After), the body is the problem.
     */
    static void send(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                     int status, String detail) throws java.io.IOException {
        request.setAttribute(DETAIL, detail);
        response.sendError(status);
    }

    private static void putIfAbsent(HttpFields.Mutable headers, String name, String value) {
        if (!headers.contains(name)) headers.put(name, value);
    }

    private static String title(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null || reason.isBlank() || reason.equals(Integer.toString(status)) ? "Error" : reason;
    }

    /**
     * What went wrong, in words a client can act on. Jetty's own reason ("Ambiguous URI path
     * separator", "Bad HostPort") is kept when it is a plain phrase; anything that looks like an
     * exception or names the server is not echoed.
     */
    static String detail(int status, String message, String method, String instance, HttpFields headers) {
        String reason = plain(message);
        if (reason != null && reason.equalsIgnoreCase(HttpStatus.getMessage(status))) reason = null; // "Bad Request" says nothing more
        String where = instance == null ? "" : " (" + instance + ")";
        return switch (status) {
            case 400 -> {
                String r = reason == null ? "the request is malformed" : reason;
                if (r.toLowerCase(Locale.ROOT).contains("ambiguous")) {
                    yield "The request path" + where + " was refused: " + r + ". Encoded slashes (%2F), encoded dots and "
                        + "'..' segments are not accepted; ask for the resource by its plain path.";
                }
                yield "The request could not be understood: " + r + ". Check the request line, the Host header and the "
                    + "percent-encoding of the path.";
            }
            case 404 -> "Nothing is served at " + (instance == null ? "this path" : instance) + "; /api/openapi.json lists the API, / the pages.";
            case 405 -> {
                String allow = headers.get(HttpHeader.ALLOW);
                yield (method == null ? "This method" : method) + " is not allowed on " + (instance == null ? "this path" : instance)
                    + (allow == null ? "." : "; allowed: " + allow + ".");
            }
            case 408 -> "The request was not received in time.";
            case 413 -> "The request body is larger than the server accepts" + (reason == null ? "." : ": " + reason + ".");
            case 414 -> "The request line is longer than the server accepts. Shorten the URL; a long SPARQL query can be "
                + "sent to /sparql by POST (Content-Type: application/sparql-query).";
            case 415 -> "The request's Content-Type is not accepted here" + (reason == null ? "." : ": " + reason + ".");
            case 431 -> "The request headers are larger than the server accepts; send fewer or shorter headers (cookies).";
            case 503 -> (reason == null ? "The service is unavailable" : capitalize(reason)) + ". Try again later"
                + (headers.get(HttpHeader.RETRY_AFTER) == null ? "." : " (Retry-After says when).");
            case 505 -> "Only HTTP/1.0 and HTTP/1.1 are served.";
            default -> {
                if (status >= 500) yield "The server failed to answer" + where + "; the log has details.";
                yield reason == null ? "The request was refused" + where + "." : capitalize(reason) + ".";
            }
        };
    }

    /** The message if it is a short phrase fit to show a client; null for none or an exception's text. */
    private static String plain(String message) {
        if (message == null || message.isBlank()) return null;
        String m = message.strip();
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("jetty") || lower.contains("exception") || lower.contains("\tat ") || lower.contains("\n")) return null;
        while (m.endsWith(".")) m = m.substring(0, m.length() - 1);
        return abbreviate(m, MAX_MESSAGE);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
