package org.usmx.linkeddata;

import org.usmx.iri.IriPolicy;

/**
 * The mapping between persistent IRIs and this service's own paths: whatever lies under the
 * configured base (--id-base, default {@code https://w3id.org/usmx/}) is served at the same path
 * on this host, and so are the fixed vocabulary and graph IRIs ({@link IriPolicy#isLocal}).
 */
public final class LocalPaths {

    private LocalPaths() {}

    /** The local path of an IRI under the base (generic, content-negotiated), or the IRI itself. */
    public static String path(String iri, String idBase) {
        return new IriPolicy(idBase).localPath(iri);
    }

    /** Where a browser should go for an IRI: the HTML page of an entity, the ontology page anchor, or the IRI. */
    public static String page(String iri, String idBase) {
        IriPolicy iris = new IriPolicy(idBase);
        if (!iris.isLocal(iri)) return iri;
        String path = iris.localPath(iri);
        if (path.startsWith("/id/") && !path.contains("#") && path.chars().filter(c -> c == '/').count() >= 3) {
            return path + ".html";
        }
        return path;
    }

    /** Whether an IRI is served by this service. */
    public static boolean local(String iri, String idBase) {
        return new IriPolicy(idBase).isLocal(iri);
    }
}
