package org.usmx.sparql;

/**
 * Looks at the query text before the parser does: a text that is too long or nested too deeply
 * is refused with 400 at once. The parser is recursive (deep nesting overflows its stack) and its
 * work, like the optimiser's, grows with the size of the query, so bounding both here bounds
 * everything that happens before execution starts.
 */
public final class QueryTextGuard {

    private QueryTextGuard() {}

    /** Refuses (400) a text longer than {@code maxChars} or with brackets nested deeper than {@code maxNesting}. */
    public static void check(String text, int maxChars, int maxNesting) {
        if (text.length() > maxChars) {
            throw new QueryRefused(400, "The query is " + text.length() + " characters long; this endpoint accepts at most "
                + maxChars + ". Shorten it, or run it against a copy of the data (./usmx query).");
        }
        int depth = nesting(text, maxNesting);
        if (depth > maxNesting) {
            throw new QueryRefused(400, "The query nests groups or brackets ({ } ( ) [ ]) more than " + maxNesting
                + " levels deep; this endpoint accepts at most " + maxNesting + ". Flatten the query.");
        }
    }

    /**
     * The deepest nesting of { ( [ outside strings, IRIs and comments; stops counting once past
     * {@code stopAbove} (the answer is then only known to exceed it).
     */
    static int nesting(String s, int stopAbove) {
        int depth = 0, max = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '{', '(', '[' -> {
                    depth++;
                    if (depth > max) {
                        max = depth;
                        if (max > stopAbove) return max;
                    }
                }
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> {
                    while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') i++;
                }
                case '"', '\'' -> i = endOfString(s, i);
                case '<' -> i = endOfIri(s, i);
                default -> { }
            }
        }
        return max;
    }

    /** Index of the last character of the string literal starting at {@code i} (short or long form). */
    private static int endOfString(String s, int i) {
        char q = s.charAt(i);
        boolean isLong = i + 2 < s.length() && s.charAt(i + 1) == q && s.charAt(i + 2) == q;
        int j = isLong ? i + 3 : i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') { j += 2; continue; }
            if (isLong) {
                if (c == q && j + 2 < s.length() && s.charAt(j + 1) == q && s.charAt(j + 2) == q) return j + 2;
            } else if (c == q || c == '\n' || c == '\r') {
                return j;
            }
            j++;
        }
        return s.length();
    }

    /** If an IRI (SPARQL IRIREF) starts at {@code i}, the index of its closing '>'; else {@code i} (a less-than sign). */
    private static int endOfIri(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '>') return j;
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) return i;
        }
        return i;
    }
}
