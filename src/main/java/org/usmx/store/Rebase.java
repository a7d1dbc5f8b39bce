package org.usmx.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.usmx.iri.IriPolicy;

/**
 * Moves the data from the base the files are written under ({@link IriPolicy#DEFAULT_BASE}) to
 * the configured base (--id-base) on its way into the store: every IRI in the files' id namespace
 * is rewritten by {@link IriPolicy#rebase}, everything else (vocabulary, graph names, literals,
 * external IRIs) passes unchanged. One pass over the built dataset, in the one place the store is
 * written, so the files, validation, quote anchoring and inference all work on the files' own IRIs
 * and only what is served differs. The rewrite is one-to-one, so the counts do not change.
 */
final class Rebase extends StreamRDFWrapper {

    private final IriPolicy iris;
    /** The same entity appears in many quads: rewrite each IRI once. */
    private final Map<Node, Node> done = new HashMap<>();

    private Rebase(StreamRDF sink, IriPolicy iris) {
        super(sink);
        this.iris = iris;
    }

    /** {@code sink} itself under the default base (nothing to rewrite), else a rewriting wrapper. */
    static StreamRDF to(IriPolicy iris, StreamRDF sink) {
        return iris.isDefaultBase() ? sink : new Rebase(sink, iris);
    }

    @Override
    public void triple(Triple t) {
        super.triple(Triple.create(node(t.getSubject()), t.getPredicate(), node(t.getObject())));
    }

    @Override
    public void quad(Quad q) {
        super.quad(Quad.create(q.getGraph(), node(q.getSubject()), q.getPredicate(), node(q.getObject())));
    }

    private Node node(Node n) {
        if (!n.isURI()) return n;
        return done.computeIfAbsent(n, u -> {
            String rebased = iris.rebase(u.getURI());
            return rebased.equals(u.getURI()) ? u : NodeFactory.createURI(rebased);
        });
    }
}
