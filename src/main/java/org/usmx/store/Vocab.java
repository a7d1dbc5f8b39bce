package org.usmx.store;

/** IRIs the code needs by name: namespaces and the named graphs of the store. */
public final class Vocab {

    private Vocab() {}

    public static final String BASE = org.usmx.iri.IriPolicy.DEFAULT_BASE;
    /** The vocabulary; fixed whatever --id-base (IriPolicy). */
    public static final String ONT = BASE + "ontology#";
    /**
     * The id namespace the data files are written under. The loader (GraphBuilder, Inference,
     * validation) works with it; the store's data is under the configured base ({@link Rebase}),
     * so code that reads the store uses {@code IriPolicy(settings.idBase())}, not this.
     */
    public static final String ID = BASE + "id/";
    /** The named graphs' namespace; fixed whatever --id-base (IriPolicy). */
    public static final String GRAPH = BASE + "graph/";

    public static final String GRAPH_ONTOLOGY = GRAPH + "ontology";
    public static final String GRAPH_SHAPES = GRAPH + "shapes";
    public static final String GRAPH_INFERRED = GRAPH + "inferred";

    public static final String OA = "http://www.w3.org/ns/oa#";

    /** The named graph for a Turtle file under data/: its first directory. */
    public static String graphFor(String firstDirectory) {
        return GRAPH + firstDirectory;
    }

    /** A source paper's document IRI. */
    public static String document(String paperId) {
        return ID + "document/" + paperId;
    }

    public static String ont(String localName) {
        return ONT + localName;
    }
}
