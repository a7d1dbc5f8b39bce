package org.usmx.readmodel;

import java.util.List;

/**
 * An entity as statements with references, the way a Wikidata item page shows it: one row per
 * statement (a person, a post, a period; an organization's parent; an event's date), the papers
 * that state it under it, each with page and quote; a reference that disagrees points to its
 * conflict. Serves the HTML page and JSON alike.
 */
public record EntityView(String iri, String label, List<Link> types, List<String> descriptions, List<Alias> aliases,
                         List<StatementGroup> groups, List<ClaimRef> claims, List<Incoming> incoming,
                         List<Incoming> bookkeeping, List<Statement> inferred, List<Papers.Paper> sources, List<Link> formats,
                         Citation cite) {

    /**
     * A conflict's side-by-side page (/conflicts/{slug}, where each side is read in its paper's
     * words), or null for anything that is not a conflict with sides.
     */
    public Link conflictPage() {
        boolean conflict = types.stream().anyMatch(t -> org.usmx.store.Vocab.ont("Conflict").equals(t.iri()));
        boolean sided = groups.stream().anyMatch(g -> g.id().equals("side"));
        return conflict && sided ? new Link("/conflicts/" + iri.substring(iri.lastIndexOf('/') + 1),
            "The two sides of this conflict, each in its paper's words", iri) : null;
    }

    /** A spelling of the name and the papers whose text uses it. */
    public record Alias(String text, String lang, List<Link> papers) {}

    /** Statements under one heading ("Posts held", "Part of", "Date"). */
    public record StatementGroup(String id, String title, List<Statement> statements) {}

    /**
     * One statement: its value (a link or text), a qualifier (the period of a post), and its
     * references; {@code source} says where an unreferenced statement comes from.
     */
    public record Statement(Link value, String text, String qualifier, List<Reference> references, String source) {

        public int referenceCount() {
            return references.size();
        }
    }

    /**
     * A paper stating a statement: paper, page, quote, what exactly it says (its own date or
     * wording, when that differs between references), the record it comes from, and the conflict
     * it is a side of, if any.
     */
    public record Reference(Link paper, String page, String quote, String says, Link record, Link conflict) {

        public boolean disagrees() {
            return conflict != null;
        }
    }

    /** A claim involving the entity, the roles the entity plays in it, paper and page. */
    public record ClaimRef(Link claim, List<String> roles, Link paper, String page) {}

    /** Resources linking here through one relation, with a readable heading. */
    public record Incoming(String relation, List<Link> subjects, int more) {}

    /** How to cite: plain text and BibTeX. */
    public record Citation(String plain, String bibtex) {}
}
