package org.usmx.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The representations a Linked Data resource has: five RDF serializations and an HTML page.
 * Each has a file suffix that pins it ({@code /id/org/sedena.ttl}) and the media types it answers
 * to in content negotiation, the first being the one it is served as. The order is the server's
 * preference when a client accepts several equally (so {@code Accept: *}{@code /*} gets Turtle).
 */
public enum Variant {
    TURTLE("ttl", RDFLanguages.TURTLE, "text/turtle", "application/x-turtle"),
    JSONLD("jsonld", RDFLanguages.JSONLD, "application/ld+json", "application/json"),
    NTRIPLES("nt", RDFLanguages.NTRIPLES, "application/n-triples"),
    RDFXML("rdf", RDFLanguages.RDFXML, "application/rdf+xml", "application/xml", "text/xml"),
    TRIG("trig", RDFLanguages.TRIG, "application/trig"),
    NQUADS("nq", RDFLanguages.NQUADS, "application/n-quads"),
    HTML("html", null, "text/html", "application/xhtml+xml");

    private final String suffix;
    private final Lang lang;
    private final List<String> mediaTypes;

    Variant(String suffix, Lang lang, String... mediaTypes) {
        this.suffix = suffix;
        this.lang = lang;
        this.mediaTypes = List.of(mediaTypes);
    }

    public String suffix() { return suffix; }

    /** Jena's language for the RDF variants; null for HTML. */
    public Lang lang() { return lang; }

    /** The media type the variant is served as. */
    public String mediaType() { return mediaTypes.get(0); }

    /** Every media type that selects this variant in content negotiation. */
    public List<String> mediaTypes() { return mediaTypes; }

    /** Content-Type header value (UTF-8 for all of them). */
    public String contentType() { return mediaType() + "; charset=utf-8"; }

    /** Whether the variant carries named graphs (which source states each triple). */
    public boolean quads() { return this == TRIG || this == NQUADS; }

    public boolean rdf() { return lang != null; }

    public static Optional<Variant> bySuffix(String suffix) {
        for (Variant v : values()) if (v.suffix.equals(suffix)) return Optional.of(v);
        return Optional.empty();
    }
}
