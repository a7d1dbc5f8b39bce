package org.usmx.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.usmx.sparql.Prefixes;

/** Read helpers over one resource's description (the quads Linked Data serves), for the pages. */
public final class DescriptionView {

    /** One statement about the resource and the named graphs that state it. */
    public record Fact(Node property, Node value, Set<String> graphs) {}

    public static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    /** The predeclared prefixes under each IRI base served (one in practice; a test serves two). */
    private static final java.util.Map<String, PrefixMapping> PREFIXES = new java.util.concurrent.ConcurrentHashMap<>();

    public final String iri;
    public final Node node;
    public final DatasetGraph d;
    public final String idBase;

    public DescriptionView(String iri, DatasetGraph description, String idBase) {
        this.iri = iri;
        this.node = NodeFactory.createURI(iri);
        this.d = description;
        this.idBase = idBase;
    }

    /** A conflict has no name but its topic ("When Presidents Bush and Calderón met…"). */
    private static final Node CONFLICT_TOPIC = NodeFactory.createURI(org.usmx.store.Vocab.ont("conflictTopic"));

    /** The best label of any node: English skos:prefLabel, any prefLabel, rdfs:label, foaf:name, title, a conflict's topic, else a short name. */
    public String label(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        String best = null;
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), FOAF_NAME, DCTerms.title.asNode(), CONFLICT_TOPIC)) {
            for (Quad q : quads(n, p)) {
                if (!q.getObject().isLiteral()) continue;
                String lang = q.getObject().getLiteralLanguage();
                if (lang.isEmpty() || lang.startsWith("en")) return q.getObject().getLiteralLexicalForm();
                if (best == null) best = q.getObject().getLiteralLexicalForm();
            }
            if (best != null) return best;
        }
        return shortName(n, idBase);
    }

    private List<Quad> quads(Node s, Node p) {
        List<Quad> out = new ArrayList<>();
        d.find(Node.ANY, s, p, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** A prefixed name under the configured base (ev:deare-2009-f077), else the IRI's last segment. */
    public static String shortName(Node n, String idBase) {
        if (!n.isURI()) return n.isBlank() ? "(blank node)" : n.toString();
        String s = PREFIXES.computeIfAbsent(idBase, Prefixes::mapping).shortForm(n.getURI());
        return s.equals(n.getURI()) ? s.replaceAll(".*[/#]", "") : s;
    }

    public List<String> literals(Node property) {
        List<String> out = new ArrayList<>();
        for (Quad q : quads(node, property)) {
            if (q.getObject().isLiteral()) {
                String lang = q.getObject().getLiteralLanguage();
                String v = q.getObject().getLiteralLexicalForm() + (lang.isEmpty() ? "" : " (" + lang + ")");
                if (!out.contains(v)) out.add(v);
            }
        }
        return out;
    }

    public List<Node> types() {
        Set<Node> out = new java.util.LinkedHashSet<>();
        d.find(Node.ANY, node, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return new ArrayList<>(out);
    }

    public boolean hasType(String typeIri) {
        return d.contains(Node.ANY, node, RDF.type.asNode(), NodeFactory.createURI(typeIri));
    }

    /** Outgoing statements of the resource, grouped by property and value, with their graphs. */
    public List<Fact> facts() {
        Map<String, Fact> out = new LinkedHashMap<>();
        d.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
            String key = q.getPredicate() + " " + q.getObject();
            out.computeIfAbsent(key, k -> new Fact(q.getPredicate(), q.getObject(), new TreeSet<>())).graphs().add(q.getGraph().getURI());
        });
        List<Fact> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing((Fact f) -> label(f.property())).thenComparing(f -> label(f.value())));
        return list;
    }

    /** Whether a fact comes only from the inference rules (inverses, shortcuts), not from any source. */
    public static boolean inferredOnly(Set<String> graphs) {
        return graphs.stream().allMatch(g -> g.endsWith("/graph/inferred"));
    }

    /**
     * Incoming links: property → subjects (in store order, deduplicated); {@code inferred} selects
     * the links only the inference rules state, or those a source states.
     */
    public Map<Node, List<Node>> incoming(boolean inferred) {
        Map<String, Set<String>> graphs = new java.util.HashMap<>();
        d.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q ->
            graphs.computeIfAbsent(q.getSubject() + " " + q.getPredicate(), k -> new TreeSet<>()).add(q.getGraph().getURI()));
        Map<Node, List<Node>> out = new LinkedHashMap<>();
        d.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q -> {
            if (q.getSubject().equals(node)) return;
            if (inferredOnly(graphs.get(q.getSubject() + " " + q.getPredicate())) != inferred) return;
            List<Node> subjects = out.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>());
            if (!subjects.contains(q.getSubject())) subjects.add(q.getSubject());
        });
        return out;
    }
}
