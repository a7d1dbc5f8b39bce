package org.usmx.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Passes an answer through to the client unchanged while keeping a copy of its body (up to a
 * limit) and the names of the headers the handler set, so the answer can be replayed later.
 * Headers set by outer filters (request id, CORS, security headers) are not the handler's and
 * are set afresh on every request.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final Set<String> headerNames = new LinkedHashSet<>();
    private boolean overflow;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /**
     * An error is never stored by an HTTP cache downstream: the validators set before the handler
     * ran (see {@link ResponseCacheFilter}) give way to no-store as soon as the status says so.
     */
    @Override
    public void setStatus(int sc) {
        super.setStatus(sc);
        if (sc >= 400) uncacheable();
        // a negotiated redirect (303 by Accept) is cheap and depends on headers some caches ignore: no validator
        if (sc >= 300 && sc < 400 && !isCommitted()) {
            super.setHeader("ETag", null);
            super.setHeader("Cache-Control", "no-cache");
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        uncacheable();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        uncacheable();
        super.sendError(sc);
    }

    private void uncacheable() {
        if (isCommitted()) return;
        super.setHeader("ETag", null);
        super.setHeader("Cache-Control", "no-store");
    }

    @Override public void setHeader(String name, String value) { headerNames.add(name); super.setHeader(name, value); }
    @Override public void addHeader(String name, String value) { headerNames.add(name); super.addHeader(name, value); }
    @Override public void setDateHeader(String name, long date) { headerNames.add(name); super.setDateHeader(name, date); }
    @Override public void addDateHeader(String name, long date) { headerNames.add(name); super.addDateHeader(name, date); }
    @Override public void setIntHeader(String name, int value) { headerNames.add(name); super.setIntHeader(name, value); }
    @Override public void addIntHeader(String name, int value) { headerNames.add(name); super.addIntHeader(name, value); }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) stream = new Tee(super.getOutputStream());
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            Charset cs = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1 : Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) writer.flush();
        super.flushBuffer();
    }

    /** The answer as sent, or null if it must not be replayed (too large, not a plain success or redirect). */
    CachedResponse snapshot() {
        if (writer != null) writer.flush();
        int status = getStatus();
        if (overflow || !(status == 200 || status == 303 || status == 301 || status == 308)) return null;
        String cacheControl = getHeader("Cache-Control");
        if (cacheControl != null && cacheControl.contains("no-store")) return null;
        if (headerNames.stream().anyMatch(n -> n.equalsIgnoreCase("Set-Cookie"))) return null;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (getContentType() != null) headers.add(Map.entry("Content-Type", getContentType()));
        for (String name : headerNames) {
            if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")) continue;
            for (String v : getHeaders(name)) headers.add(Map.entry(name, v));
        }
        return new CachedResponse(status, List.copyOf(headers), copy.toByteArray());
    }

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;

        Tee(ServletOutputStream out) { this.out = out; }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (overflow) return;
            if (copy.size() + len > limit) {
                overflow = true;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }

        @Override public void flush() throws IOException { out.flush(); }
        @Override public void close() throws IOException { out.close(); }
        @Override public boolean isReady() { return out.isReady(); }
        @Override public void setWriteListener(WriteListener listener) { out.setWriteListener(listener); }
    }
}
