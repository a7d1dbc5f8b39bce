package org.usmx.reconcile;

/**
 * The HTML of a preview (shown by a reconciliation client in a small frame). The web package may
 * supply its own template; {@link #PLAIN} is a minimal page with every value escaped.
 */
@FunctionalInterface
public interface PreviewPage {

    String render(Reconciler.Preview preview);

    PreviewPage PLAIN = p -> {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .append(esc(p.name())).append("</title></head><body style=\"font-family:sans-serif;margin:0.5em\">")
            .append("<h3 style=\"margin:0\"><a href=\"").append(esc(p.id())).append("\" target=\"_blank\">").append(esc(p.name())).append("</a></h3>")
            .append("<p style=\"margin:0.2em 0;color:#555\">");
        for (int i = 0; i < p.types().size(); i++) b.append(i == 0 ? "" : ", ").append(esc(p.types().get(i).name()));
        b.append(p.types().isEmpty() ? esc(p.kind()) : "").append("</p>");
        if (!p.aliases().isEmpty()) {
            b.append("<p style=\"margin:0.2em 0\">Also: ");
            for (int i = 0; i < p.aliases().size() && i < 8; i++) b.append(i == 0 ? "" : "; ").append(esc(p.aliases().get(i)));
            b.append("</p>");
        }
        return b.append("<p style=\"margin:0.2em 0;font-size:smaller\">").append(esc(p.id())).append("</p></body></html>").toString();
    };

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
