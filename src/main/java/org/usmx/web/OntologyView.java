package org.usmx.web;

import java.util.List;

import org.usmx.readmodel.Link;

/**
 * The ontology page: the ontology's title, comment and version, then its terms in groups
 * (classes, properties, individuals), each with its rows (domain, range…) and how the data uses it.
 */
public record OntologyView(PageMeta meta, String title, String iri, String comment, String version, List<Group> groups) {

    public record Group(String name, List<Term> terms) {}

    /** A term under its anchor ({@code local}): label, comment, rows, the ontology's example and its use in the data. */
    public record Term(String local, String label, String comment, List<Row> rows, String example, Usage usage) {}

    /** A row ("Domain", "Range") and its values. */
    public record Row(String name, List<Value> values) {}

    /**
     * A value: a link (a usmx term to its anchor, another to its IRI), text (muted for what has no
     * name), or a union of classes read "A or B".
     */
    public record Value(String href, String text, boolean muted, List<Value> anyOf) {

        static Value link(String href, String text) {
            return new Value(href, text, false, List.of());
        }

        static Value text(String text) {
            return new Value(null, text, false, List.of());
        }
    }

    /**
     * How often the data uses a term ("4 instances", "8 triples", of which some inferred) and one
     * example: {@code subject a usmx:Term} for a class, {@code subject usmx:term object} for a property.
     */
    public record Usage(String count, long inferred, Link subject, String predicate, Value object) {}
}
