package org.usmx.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import org.apache.jena.sparql.core.DatasetGraph;
import org.usmx.http.ErrorRenderer;
import org.usmx.http.Problem;

/**
 * Dereferencing of entity IRIs: {@code /id/{kind}/{slug}} answers 303 See Other to the variant
 * content negotiation picks; {@code /id/{kind}/{slug}.{ttl|jsonld|nt|rdf|trig|nq|html}} serves
 * that variant. Unknown IRIs get 404 with close matches, malformed ones 400 (HTML or
 * problem+json by Accept).
 */
public final class LinkedDataController {

    private static final List<Variant> OFFERED = List.of(Variant.values());

    private final DescriptionSource source;
    private final CloseMatches matches;
    private final PageRenderer pages;
    private final String idBase;

    public LinkedDataController(DescriptionSource source, CloseMatches matches, PageRenderer pages, String idBase) {
        this.source = source;
        this.matches = matches;
        this.pages = pages;
        this.idBase = idBase;
    }

    /** GET /id/{kind}/{slug} (slug may carry a suffix). */
    public void entity(Context ctx) {
        serve(ctx, ctx.pathParam("kind"), ctx.pathParam("slug"));
    }

    /** GET /id/annotation/{kind}/{slug}: the evidence annotation derived from a quote. */
    public void annotation(Context ctx) {
        serve(ctx, "annotation/" + ctx.pathParam("kind"), ctx.pathParam("slug"));
    }

    /** GET /id/annotation/{kind}/{slug}/{part}: target and selectors are described with their annotation. */
    public void annotationPart(Context ctx) {
        String part = ctx.pathParam("part");
        int dot = part.lastIndexOf('.');
        String name = dot < 0 ? part : part.substring(0, dot);
        if (!List.of("target", "quote", "position").contains(name)) {
            error(ctx, Optional.empty(), 400, "Malformed IRI", "An annotation's parts are /target, /quote and /position, got /" + part + ".");
            return;
        }
        String suffix = dot < 0 ? "" : part.substring(dot);
        ctx.status(303).header("Location", "/id/annotation/" + ctx.pathParam("kind") + "/" + ctx.pathParam("slug") + suffix)
            .contentType("text/plain; charset=utf-8").result("Described with its annotation.");
    }

    private void serve(Context ctx, String kind, String slugSegment) {
        EntityIri id;
        try {
            id = EntityIri.parse(kind, slugSegment);
        } catch (EntityIri.Malformed e) {
            ctx.header("Vary", "Accept");
            int dot = slugSegment.lastIndexOf('.');
            error(ctx, dot < 0 ? Optional.empty() : Variant.bySuffix(slugSegment.substring(dot + 1)), 400, "Malformed IRI", e.getMessage());
            return;
        }
        String iri = id.iri(idBase);
        if (id.variant().isEmpty()) ctx.header("Vary", "Accept");
        Optional<DatasetGraph> description = source.describe(iri);
        if (description.isEmpty()) {
            notFound(ctx, id, iri);
            return;
        }
        ctx.header("Link", links(id, iri));
        if (id.variant().isEmpty()) {
            Optional<Variant> chosen = Conneg.choose(ctx.header("Accept"), OFFERED);
            if (chosen.isEmpty()) {
                error(ctx, Optional.empty(), 406, "Not acceptable", "No representation of " + iri + " matches Accept: "
                    + ctx.header("Accept") + ". Available: " + mediaTypes() + ".");
                return;
            }
            String location = id.path(chosen.get());
            ctx.status(303).header("Location", location)
                .contentType("text/plain; charset=utf-8").result("303 See Other: " + location + "\n");
            return;
        }
        Variant v = id.variant().get();
        String body = v == Variant.HTML ? pages.page(iri, description.get())
            : DescriptionWriter.write(description.get(), iri, iri + "." + v.suffix(), v, idBase);
        ctx.status(200).contentType(v.contentType()).result(body);
    }

    /** Link header: the persistent IRI (canonical) and every other representation (alternate). */
    private static String links(EntityIri id, String iri) {
        List<String> out = new ArrayList<>();
        out.add("<" + iri + ">; rel=\"canonical\"");
        for (Variant v : Variant.values()) {
            if (id.variant().filter(v::equals).isPresent()) continue;
            out.add("<" + id.path(v) + ">; rel=\"alternate\"; type=\"" + v.mediaType() + "\"");
        }
        return String.join(", ", out);
    }

    private static String mediaTypes() {
        List<String> out = new ArrayList<>();
        for (Variant v : Variant.values()) out.add(v.mediaType());
        return String.join(", ", out);
    }

    private void notFound(Context ctx, EntityIri id, String iri) {
        List<CloseMatches.Match> close = matches.of(id, 8);
        if (wantsHtml(ctx, id.variant())) {
            ctx.status(404).contentType(Variant.HTML.contentType()).result(pages.notFound(iri, close));
            return;
        }
        List<Map<String, String>> list = new ArrayList<>();
        for (CloseMatches.Match m : close) list.add(Map.of("iri", m.iri(), "label", m.label(), "href", m.href()));
        throw Problem.notFound("Nothing is known about " + iri
            + (close.isEmpty() ? "." : "; closeMatches lists entities with similar names.")).with("closeMatches", list).pinned(false);
    }

    /** Errors go to the service's one renderer; a pinned suffix fixes HTML or not, else Accept decides. */
    private static void error(Context ctx, Optional<Variant> pinned, int status, String title, String detail) {
        Problem p = new Problem(status, title, detail);
        throw pinned.isPresent() ? p.pinned(pinned.get() == Variant.HTML) : p;
    }

    /** Errors come as HTML to browsers (or for a pinned .html), as problem+json to everyone else. */
    static boolean wantsHtml(Context ctx, Optional<Variant> pinned) {
        if (pinned.isPresent()) return pinned.get() == Variant.HTML;
        return wantsHtml(ctx.header("Accept"));
    }

    static boolean wantsHtml(String accept) {
        return ErrorRenderer.wantsHtml(accept);
    }
}
