package org.usmx.web;

import java.util.List;

import org.usmx.reconcile.Reconciler;

/**
 * The reconciliation preview as a compact card (name, kind, description, other names, a link to
 * the page) for the small frame a client such as OpenRefine shows it in: its own small page, not
 * the site frame.
 */
public final class PreviewCard {

    /** The card: what to call the node, what it is, what the graph says it is, and where its page is. */
    public record PreviewView(String name, String kind, String description, List<String> aliases, String iri, String href) {}

    /** Aliases shown at most; the page lists them all. */
    static final int MAX_ALIASES = 6;

    private PreviewCard() {}

    public static String render(Reconciler.Preview p, String pageHref) {
        String kind = p.types().isEmpty() ? kindName(p.kind()) : String.join(", ", p.types().stream().map(Reconciler.Type::name).toList());
        List<String> aliases = p.aliases().subList(0, Math.min(MAX_ALIASES, p.aliases().size()));
        return Templates.render("reconcile/preview.jte", new PreviewView(p.name(), kind, p.description(), aliases, p.id(), pageHref));
    }

    private static String kindName(String kind) {
        return "org".equals(kind) ? "organization" : kind;
    }
}
