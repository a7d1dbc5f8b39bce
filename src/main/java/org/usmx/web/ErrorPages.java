package org.usmx.web;

import io.javalin.http.Context;

/** HTML error pages of the site (JTE), for the page routes. */
public final class ErrorPages {

    /** The error page: status, title, what went wrong and what to do instead. */
    public record ErrorView(PageMeta meta, int status, String title, String detail) {}

    private ErrorPages() {}

    public static String render(int status, String title, String detail) {
        return Templates.render("error.jte", new ErrorView(PageMeta.of(title, PageMeta.Section.NONE), status, title, detail));
    }

    public static void send(Context ctx, int status, String title, String detail) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(status, title, detail));
    }
}
