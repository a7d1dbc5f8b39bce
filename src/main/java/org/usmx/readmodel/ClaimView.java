package org.usmx.readmodel;

import java.util.List;

/**
 * A claim as a statement with its reference: what the paper says (the quote in its paragraph,
 * paper, page, section), the claim's parts (type, attribution, cause, effect, polarity…), the
 * footnotes that support it with the works they cite, the claims that agree or conflict (each
 * conflict linking to its /conflicts page), what links to it, and how to cite it.
 */
public record ClaimView(String iri, String label, List<Link> types, List<String> descriptions, String quote, Link paper,
                        String page, Link section, List<Link> conflicts, Passage passage, String textFile, Integer start, Integer end,
                        List<Slot> slots, List<Footnote> footnotes, List<Related> agreeing, List<Related> conflicting,
                        List<EntityView.Incoming> linkedFrom, List<Link> formats, EntityView.Citation cite) {

    /**
     * One part of the claim: its name, the resources it names, text after them (", p. 2") and a
     * note in the paper's words (an attribution as worded).
     */
    public record Slot(String name, List<Link> values, String text, String note) {}

    /** A supporting footnote: its number and page link, its text and the works it cites. */
    public record Footnote(Link note, String text, List<Work> cites) {}

    /** A cited work as the note gives it; {@code form} is the citation as printed when it differs. */
    public record Work(String author, Link work, String container, String publisher, String issued, String pages, String url, String form) {}

    /** Another claim that agrees or conflicts: its quote, paper and page, and the conflict they are sides of. */
    public record Related(Link claim, String quote, Link paper, String page, Link conflict) {}

    /** Whether the claim is a side of any conflict between the papers. */
    public boolean disputed() {
        return !conflicts.isEmpty();
    }
}
