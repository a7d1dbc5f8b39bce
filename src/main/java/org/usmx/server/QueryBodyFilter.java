package org.usmx.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A query posted as the body ({@code application/sparql-query}) is read whole by the query
 * service; here the body is bounded first: a declared length above the limit gets 413 at once,
 * and a body without a declared length is read only up to the limit. (Form posts are bounded by
 * Jetty's own form size limit.)
 */
public final class QueryBodyFilter implements Filter {

    private final long maxBytes;

    public QueryBodyFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String type = http.getContentType();
        if (!"POST".equals(http.getMethod()) || type == null || !type.toLowerCase().startsWith("application/sparql-query")) {
            chain.doFilter(req, res);
            return;
        }
        if (http.getContentLengthLong() > maxBytes) {
            tooLarge((HttpServletResponse) res);
            return;
        }
        byte[] body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            tooLarge((HttpServletResponse) res);
            return;
        }
        chain.doFilter(new BufferedBody(http, body), res);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("The query body is larger than " + maxBytes + " bytes, more than any query this endpoint accepts.");
    }

    /** The request with its body already read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() throws IOException { return in.read(); }
                @Override public int read(byte[] b, int off, int len) throws IOException { return in.read(b, off, len); }
                @Override public boolean isFinished() { return available() == 0; }
                @Override public int available() {
                    try {
                        return in.available();
                    } catch (IOException e) {
                        return 0;
                    }
                }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public long getContentLengthLong() { return body.length; }
    }
}
