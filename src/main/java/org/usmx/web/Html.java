package org.usmx.web;

/**
 * HTML escaping: every piece of data that goes into a page passes through {@link #esc}, which is
 * safe both in element content and in double- or single-quoted attribute values.
 */
public final class Html {

    private Html() {}

    /** Escapes {@code & < > " '}; null becomes the empty string. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A link; href and text are escaped. Hrefs that are not http(s), relative or fragment links are dropped. */
    public static String a(String href, String text) {
        if (href == null || !safeHref(href)) return esc(text);
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    static boolean safeHref(String href) {
        String h = href.trim().toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("/") || h.startsWith("#") || h.startsWith("http://") || h.startsWith("https://") || h.startsWith("?");
    }
}
