package org.usmx.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Links from an entity's page into the explore views: a node of the causal network to its
 * neighbourhood, a dated item to the timeline around it, a source paper to its reader. Only where
 * the view has something to show, so no link leads to an empty page. The current instance is the
 * one of the store being served (set when the explore routes are installed).
 */
public final class ExploreLinks {

    public record Link(String href, String label) {}

    private static volatile ExploreLinks current = new ExploreLinks(Set.of(), subject -> false, Set.of(), org.usmx.iri.IriPolicy.DEFAULT_BASE);

    private final Set<String> causalNodes;
    /** Whether a subject has a place on the timeline: asked of the store per page (Timeline.dates), no list held. */
    private final Predicate<String> dated;
    private final Set<String> papers;
    private final String idBase;

    ExploreLinks(Set<String> causalNodes, Predicate<String> dated, Set<String> papers, String idBase) {
        this.idBase = idBase;
        this.causalNodes = Set.copyOf(causalNodes);
        this.dated = dated;
        this.papers = Set.copyOf(papers);
    }

    static void install(ExploreLinks links) {
        current = links;
    }

    /** The links for the entity with this IRI (possibly none). */
    public static List<Link> forEntity(String iri) {
        ExploreLinks l = current;
        List<Link> out = new ArrayList<>();
        if (l.papers.contains(iri)) out.add(new Link("/read/" + iri.substring(iri.lastIndexOf('/') + 1), "Read the paper with its claims in place"));
        if (l.causalNodes.contains(iri)) out.add(new Link("/explore/causes?focus=" + ExploreController.enc(ExploreController.prefixed(iri, l.idBase)), "Its causes and effects in the causal network"));
        if (l.dated.test(iri)) out.add(new Link("/explore/timeline?around=" + ExploreController.enc(ExploreController.prefixed(iri, l.idBase)), "The timeline around it"));
        return out;
    }
}
