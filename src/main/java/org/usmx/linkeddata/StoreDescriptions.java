package org.usmx.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Descriptions read from the local store with Jena's graph API (no query text at all):
 * <ol>
 *   <li>the resource's concise bounded description: every triple with it as subject, following
 *       blank-node objects, and the derived nodes it owns (its evidence annotation
 *       {@code id/annotation/{kind}/{slug}} with target and selectors, or for an annotation its
 *       {@code …/target}, {@code …/quote}, {@code …/position});</li>
 *   <li>rdfs:label and skos:prefLabel (dcterms:title for documents) of every IRI it links to;</li>
 *   <li>incoming links (at most {@value #MAX_INCOMING}) and the labels of their subjects.</li>
 * </ol>
 * Each quad keeps its named graph, i.e. the source paper (or entities/inferred graph) stating it.
 */
public final class StoreDescriptions implements DescriptionSource {

    /** Incoming links kept per description; hub resources (countries) have many. */
    public static final int MAX_INCOMING = 2000;

    /** Label properties copied for linked resources; documents (cited works) are named by their title. */
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode());

    private final DatasetGraph store;
    private final String idSpace;

    /** @param idBase the configured IRI base (Settings.idBase); entities live under {@code {idBase}id/} */
    public StoreDescriptions(DatasetGraph store, String idBase) {
        this.store = store;
        this.idSpace = new org.usmx.iri.IriPolicy(idBase).idNamespace();
    }

    @Override
    public Optional<DatasetGraph> describe(String iri) {
        Node resource = NodeFactory.createURI(iri);
        return Txn.calculateRead(store, () -> {
            DatasetGraph out = DatasetGraphFactory.createTxnMem();
            Set<Node> linked = new HashSet<>();
            String annotation = annotationOf(iri);
            Deque<Node> todo = new ArrayDeque<>(List.of(resource));
            Set<Node> seen = new HashSet<>(todo);
            while (!todo.isEmpty()) {
                Node s = todo.pop();
                store.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (q.isDefaultGraph()) return;
                    out.add(q);
                    Node o = q.getObject();
                    boolean follow = o.isBlank() || (o.isURI() && owns(iri, annotation, o.getURI()));
                    if (follow && seen.add(o)) todo.push(o);
                    else if (o.isURI()) linked.add(o);
                    linked.add(q.getPredicate());
                });
            }
            int incoming = 0;
            Iterator<Quad> in = store.find(Node.ANY, Node.ANY, Node.ANY, resource);
            while (in.hasNext() && incoming < MAX_INCOMING) {
                Quad q = in.next();
                if (q.isDefaultGraph() || seen.contains(q.getSubject())) continue;
                out.add(q);
                incoming++;
                if (q.getSubject().isURI()) linked.add(q.getSubject());
                linked.add(q.getPredicate());
            }
            if (out.isEmpty()) return Optional.<DatasetGraph>empty();
            linked.removeAll(seen);
            for (Node n : linked) {
                for (Node label : LABELS) {
                    store.find(Node.ANY, n, label, Node.ANY).forEachRemaining(q -> {
                        if (!q.isDefaultGraph()) out.add(q);
                    });
                }
            }
            return Optional.of(out);
        });
    }

    /** The IRI of the evidence annotation a curated resource owns (the anchorer's naming), or null. */
    String annotationOf(String iri) {
        return iri.startsWith(idSpace) && !iri.startsWith(idSpace + "annotation/")
            ? idSpace + "annotation/" + iri.substring(idSpace.length()) : null;
    }

    /** Whether {@code other} is a derived node that belongs to the description of {@code iri}. */
    static boolean owns(String iri, String annotation, String other) {
        return other.startsWith(iri + "/")
            || (annotation != null && (other.equals(annotation) || other.startsWith(annotation + "/")));
    }
}
