package org.usmx.web;

import io.javalin.http.Context;

import org.usmx.readmodel.BrowseReader;
import org.usmx.readmodel.BrowseView;
import org.usmx.readmodel.Papers;

/** GET /browse (redirects to people) and /browse/{kind}?sort=&paper=&page=: one kind of entity, a page at a time. */
public final class BrowseController {

    private final BrowseReader reader;
    private final Papers papers;
    private final String idBase;

    public BrowseController(BrowseReader reader, Papers papers, String idBase) {
        this.reader = reader;
        this.papers = papers;
        this.idBase = idBase;
    }

    public void index(Context ctx) {
        ctx.redirect("/browse/person", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void kind(Context ctx) {
        var kind = BrowseView.Kind.of(ctx.pathParam("kind"));
        if (kind.isEmpty()) {
            ErrorPages.send(ctx, 404, "Not found", "There is no listing of \"" + ctx.pathParam("kind")
                + "\". Browse person, organization, event, initiative, factor or document.");
            return;
        }
        String sort = ctx.queryParam("sort") == null ? "name" : ctx.queryParam("sort");
        if (!BrowseReader.SORTS.contains(sort)) {
            ErrorPages.send(ctx, 400, "Bad request", "sort must be one of " + BrowseReader.SORTS + ", not \"" + sort + "\".");
            return;
        }
        String paper = null;
        String paperParam = ctx.queryParam("paper");
        if (paperParam != null && !paperParam.isBlank()) {
            paper = idBase + "id/document/" + paperParam;
            if (papers.get(paper).isEmpty()) {
                ErrorPages.send(ctx, 400, "Bad request", "paper must be one of "
                    + papers.all().keySet().stream().map(p -> p.replaceAll(".*/", "")).toList() + ", not \"" + paperParam + "\".");
                return;
            }
        }
        int page;
        try {
            page = ctx.queryParam("page") == null ? 1 : Integer.parseInt(ctx.queryParam("page"));
            if (page < 1 || page > 100_000) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            ErrorPages.send(ctx, 400, "Bad request", "page must be a whole number from 1, not \"" + ctx.queryParam("page") + "\".");
            return;
        }
        BrowseView view = reader.read(kind.get(), sort, paper, page);
        PageMeta meta = PageMeta.of(view.kind().title + (page > 1 ? " (page " + page + ")" : ""), PageMeta.Section.BROWSE);
        ctx.contentType("text/html; charset=utf-8").result(Templates.render("browse.jte", new BrowsePageView(meta, view)));
    }
}
