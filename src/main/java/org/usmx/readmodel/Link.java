package org.usmx.readmodel;

import org.usmx.linkeddata.LocalPaths;

/** A resource as a page shows it: where to go, what to call it, and its IRI (for tooltips and citations). */
public record Link(String href, String label, String iri) {

    /** The link to {@code iri}'s page on this service, labelled, or named by its last segment; null for no IRI. */
    public static Link to(String iri, String label, String idBase) {
        return iri == null ? null : new Link(LocalPaths.page(iri, idBase), label == null ? iri.replaceAll(".*[/#]", "") : label, iri);
    }
}
