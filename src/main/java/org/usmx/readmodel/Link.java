package org.usmx.readmodel;

/** A resource as a page shows it: where to go, what to call it, and its IRI (for tooltips and citations). */
public record Link(String href, String label, String iri) {}
