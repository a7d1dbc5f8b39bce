package org.usmx.web;

import org.usmx.readmodel.DescriptionView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.usmx.linkeddata.CloseMatches;
import org.usmx.linkeddata.PageRenderer;

/** Chooses the page type of a resource: source papers, claims, everything else. */
public final class WebPages implements PageRenderer {

    private final PageData data;
    private final String idBase;
    private final org.usmx.readmodel.Papers papers;
    private final org.usmx.readmodel.EntityReader entities;
    private final org.usmx.readmodel.ClaimReader claims;
    private final org.usmx.readmodel.PaperReader paperReader;

    public WebPages(PageData data, String idBase) {
        this.data = data;
        this.idBase = idBase;
        this.papers = new org.usmx.readmodel.Papers(data.runner(), data.files(), idBase);
        this.entities = new org.usmx.readmodel.EntityReader(data.runner(), papers, idBase);
        this.claims = new org.usmx.readmodel.ClaimReader(papers, entities, idBase);
        this.paperReader = new org.usmx.readmodel.PaperReader(data.runner(), entities, idBase);
    }

    @Override
    public String page(String iri, DatasetGraph description) {
        DescriptionView v = new DescriptionView(iri, description, idBase);
        if (v.hasType(org.usmx.store.Vocab.ont("SourcePaper"))) {
            org.usmx.readmodel.PaperView paper = paperReader.read(iri, description);
            return Templates.render("paper.jte", new PaperPageView(PageMeta.of(paper.entity().label(), PageMeta.Section.BROWSE), paper));
        }
        if (iri.startsWith(idBase + "id/claim/")) {
            Optional<Map<String, Object>> trace = data.trace(iri);
            if (trace.isPresent()) {
                Map<String, String> extra = data.claimExtra(iri);
                Optional<String> text = extra.containsKey("text") ? data.canonicalText(extra.get("text")) : Optional.empty();
                org.usmx.readmodel.ClaimView claim = claims.read(v, trace.get(), extra, text);
                return Templates.render("claim.jte", new ClaimPageView(PageMeta.of(claim.label(), PageMeta.Section.BROWSE), claim));
            }
        }
        org.usmx.readmodel.EntityView entity = entities.read(iri, description);
        return Templates.render("entity.jte", new EntityPageView(PageMeta.of(entity.label(), PageMeta.Section.BROWSE), entity));
    }

    @Override
    public String notFound(String iri, List<CloseMatches.Match> matches) {
        return SitePages.notFound(iri, matches);
    }

    @Override
    public String error(int status, String title, String detail) {
        return SitePages.error(status, title, detail);
    }

    /** The read models the pages render, for the JSON API to serve the same views. */
    public org.usmx.readmodel.Papers papers() { return papers; }

    public org.usmx.readmodel.EntityReader entityReader() { return entities; }

    public org.usmx.readmodel.PaperReader paperReader() { return paperReader; }

    org.usmx.sparql.SelectRunner runner() { return data.runner(); }

    public String home() {
        List<HomeView.Paper> papers = data.sources().stream().map(s -> new HomeView.Paper(
            org.usmx.linkeddata.LocalPaths.page(s.get("paper"), idBase), s.getOrDefault("title", s.get("paper")),
            s.get("author"), s.get("issued"), s.get("claims"), s.get("notes"))).toList();
        return Templates.render("home.jte", new HomeView(PageMeta.of("Home", PageMeta.Section.HOME)
            .withDescription("A knowledge graph of US–Mexico defense relations, curated from four papers."), papers));
    }
}
