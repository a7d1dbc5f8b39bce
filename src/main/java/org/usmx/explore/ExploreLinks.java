package org.usmx.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Links from an entity's page into the explore views: a node of the causal network to its
 * neighbourhood, a dated item to the timeline around it, a source paper to its reader. Only where
 * the view has something to show, so no link leads to an empty page. The current instance is the
 * one of the store being served (set when the explore routes are installed).
 */
public final class ExploreLinks {

    public record Link(String href, String label) {}

    private static volatile ExploreLinks current = new ExploreLinks(Set.of(), Set.of(), Set.of(), org.usmx.iri.IriPolicy.DEFAULT_BASE);

    private final Set<String> causalNodes;
    private final Set<String> datedSubjects;
    private final Set<String> papers;
    private final String idBase;

    ExploreLinks(Set<String> causalNodes, Set<String> datedSubjects, Set<String> papers, String idBase) {
        this.idBase = idBase;
        this.causalNodes = Set.copyOf(causalNodes);
        this.datedSubjects = Set.copyOf(datedSubjects);
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
        if (l.datedSubjects.contains(iri)) out.add(new Link("/explore/timeline?around=" + ExploreController.enc(ExploreController.prefixed(iri, l.idBase)), "The timeline around it"));
        return out;
    }
}
