package org.usmx.api;

import io.javalin.http.Context;

import org.apache.jena.sparql.core.DatasetGraph;
import org.usmx.http.Problem;
import org.usmx.iri.IriPolicy;
import org.usmx.linkeddata.DescriptionSource;
import org.usmx.readmodel.BrowseReader;
import org.usmx.readmodel.BrowseView;
import org.usmx.readmodel.EntityReader;
import org.usmx.readmodel.PaperReader;
import org.usmx.readmodel.Papers;

/**
 * The read models the HTML pages render, as JSON, built by the same readers: an entity as
 * statements with their references (/api/entities/{kind}/{slug}/statements, the entity page), a
 * source paper with its sections, claims, page spans and notes (/api/papers/{paper}, the paper
 * page), and one page of a browse listing (/api/browse/{kind}, the /browse page). A field added to
 * a view shows in both.
 */
public final class ReadModelsController {

    private final DescriptionSource descriptions;
    private final EntityReader entities;
    private final PaperReader paperReader;
    private final BrowseReader browse;
    private final Papers papers;
    private final IriPolicy iris;

    public ReadModelsController(DescriptionSource descriptions, EntityReader entities, PaperReader paperReader, BrowseReader browse,
                                Papers papers, String idBase) {
        this.descriptions = descriptions;
        this.entities = entities;
        this.paperReader = paperReader;
        this.browse = browse;
        this.papers = papers;
        this.iris = new IriPolicy(idBase);
    }

    /** GET /api/entities/{kind}/{slug}/statements */
    public void statements(Context ctx) {
        String kind = ctx.pathParam("kind"), slug = ctx.pathParam("slug");
        try {
            IriPolicy.check(kind, slug);
        } catch (IriPolicy.Malformed e) {
            throw Problem.badParameter("kind/slug", e.getMessage() + " Got " + kind + "/" + slug + " (e.g. org/sedena).");
        }
        String iri = iris.entity(kind, slug);
        ctx.json(entities.read(iri, describe(iri)));
    }

    /** GET /api/papers/{paper} */
    public void paper(Context ctx) {
        String id = ctx.pathParam("paper");
        if (!IriPolicy.isSlug(id)) throw Problem.badParameter("paper", "Malformed paper id \"" + id + "\": a paper's id is its slug, e.g. downie-2011.");
        String iri = iris.document(id);
        if (papers.get(iri).isEmpty()) throw Problem.notFound("No source paper \"" + id + "\"; /api/sources lists them.");
        ctx.json(paperReader.read(iri, describe(iri)));
    }

    /** GET /api/browse/{kind}?sort=&paper=&page= */
    public void browse(Context ctx) {
        String kindParam = ctx.pathParam("kind");
        BrowseView.Kind kind = BrowseView.Kind.of(kindParam).orElseThrow(() -> Problem.badParameter("kind",
            "There is no listing of \"" + kindParam + "\"; kinds are person, organization, event, initiative, factor and document."));
        String sort = ctx.queryParam("sort") == null ? "name" : ctx.queryParam("sort");
        if (!BrowseReader.SORTS.contains(sort)) throw Problem.badParameter("sort", "sort must be one of " + BrowseReader.SORTS + ", not \"" + sort + "\".");
        String paper = null, paperParam = ctx.queryParam("paper");
        if (paperParam != null && !paperParam.isBlank()) {
            paper = IriPolicy.isSlug(paperParam) ? iris.document(paperParam) : paperParam;
            if (papers.get(paper).isEmpty()) {
                throw Problem.badParameter("paper", "paper must be one of "
                    + papers.all().keySet().stream().map(p -> p.replaceAll(".*/", "")).sorted().toList() + ", not \"" + paperParam + "\".");
            }
        }
        int page;
        try {
            page = ctx.queryParam("page") == null ? 1 : Integer.parseInt(ctx.queryParam("page"));
            if (page < 1 || page > 100_000) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw Problem.badParameter("page", "page must be a whole number from 1 to 100000, not \"" + ctx.queryParam("page") + "\".");
        }
        ctx.json(browse.read(kind, sort, paper, page));
    }

    private DatasetGraph describe(String iri) {
        return descriptions.describe(iri).orElseThrow(() -> Problem.notFound("Nothing is known about " + iri));
    }
}
