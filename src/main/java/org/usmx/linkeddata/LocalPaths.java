package org.usmx.linkeddata;

/**
 * The mapping between persistent IRIs and this service's own paths: whatever lies under the
 * configured base ({@code https://w3id.org/usmx/}) is served at the same path on this host.
 */
public final class LocalPaths {

    private LocalPaths() {}

    /** The local path of an IRI under the base (generic, content-negotiated), or the IRI itself. */
    public static String path(String iri, String idBase) {
        return new org.usmx.iri.IriPolicy(idBase).localPath(iri);
    }

    /** Where a browser should go for an IRI: the HTML page of an entity, the ontology page anchor, or the IRI. */
    public static String page(String iri, String idBase) {
        if (!iri.startsWith(idBase)) return iri;
        String rest = iri.substring(idBase.length());
        if (rest.startsWith("id/") && !rest.contains("#") && rest.chars().filter(c -> c == '/').count() >= 2) {
            return "/" + rest + ".html";
        }
        return "/" + rest;
    }

    /** Whether an IRI is served by this service. */
    public static boolean local(String iri, String idBase) {
        return iri.startsWith(idBase);
    }
}
