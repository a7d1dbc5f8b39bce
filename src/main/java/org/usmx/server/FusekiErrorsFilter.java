package org.usmx.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Fuseki answers the errors of /sparql itself (a syntax error, a refused or timed-out query, an
 * unsupported Content-Type) with the status and a text/plain message, not with sendError. This
 * filter holds such an answer back and sends it as the service's one error format instead
 * ({@link ProblemErrorHandler}: problem+json, or the error page for a browser), the message
 * becoming the problem's detail. Successful answers pass through untouched and unbuffered.
 */
final class FusekiErrorsFilter implements Filter {

    /** Longest error message kept (a parse error lists the tokens it expected; enough for that). */
    private static final int MAX_MESSAGE = 16 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        HeldError held = new HeldError(response);
        chain.doFilter(request, held);
        if (held.status == 0 || response.isCommitted()) return;
        String message = held.message();
        // a 500's message is an exception's text: the log has it, the client gets no internals
        if (!message.isEmpty() && held.status != 500) request.setAttribute(ProblemErrorHandler.DETAIL, message);
        response.sendError(held.status);
    }

    /** A response that, once an error status is set, keeps the body it is given instead of sending it. */
    private static final class HeldError extends HttpServletResponseWrapper {
        private int status;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldError(HttpServletResponse response) {
            super(response);
        }

        private boolean holding() {
            return status != 0;
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400 && !isCommitted()) status = sc;
            else super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = 0; // Jetty's error handling takes it from here
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = 0;
            super.sendError(sc);
        }

        String message() {
            if (writer != null) writer.flush();
            return body.toString(StandardCharsets.UTF_8).strip();
        }

        @Override public void setContentType(String type) { if (!holding()) super.setContentType(type); }
        @Override public void setContentLength(int len) { if (!holding()) super.setContentLength(len); }
        @Override public void setContentLengthLong(long len) { if (!holding()) super.setContentLengthLong(len); }
        @Override public void setCharacterEncoding(String charset) { if (!holding()) super.setCharacterEncoding(charset); }
        @Override public void flushBuffer() throws IOException { if (!holding()) super.flushBuffer(); }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding()) return super.getOutputStream();
            if (stream == null) stream = new ServletOutputStream() {
                @Override public void write(int b) { if (body.size() < MAX_MESSAGE) body.write(b); }
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
            };
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding()) return super.getWriter();
            if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            return writer;
        }
    }
}
