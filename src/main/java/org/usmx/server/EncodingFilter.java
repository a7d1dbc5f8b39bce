package org.usmx.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request whose query string is not valid percent-encoded UTF-8 gets 400 saying so, before
 * any handler tries to decode its parameters (where the failure would surface as a 500).
 */
public final class EncodingFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String problem = problem(http.getQueryString());
        if (problem != null) {
            String detail = "The query string is not valid percent-encoded UTF-8: " + problem + ".";
            ProblemErrorHandler.send(http, (HttpServletResponse) res, 400, detail);
            return;
        }
        chain.doFilter(req, res);
    }

    /** Null if {@code query} decodes cleanly, else what is wrong with it. */
    static String problem(String query) {
        if (query == null) return null;
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return "'%' at position " + i + " is not followed by two hex digits";
                }
                bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0x7f) {
                // raw non-ASCII characters: Jetty already decoded them as UTF-8; accept
                bytes.put((byte) '?');
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return null;
        } catch (CharacterCodingException e) {
            return "a byte sequence is not UTF-8";
        }
    }
}
