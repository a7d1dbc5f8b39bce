package org.usmx.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.readmodel.Link;
import org.usmx.linkeddata.OntologyDocs;
import org.usmx.sparql.Prefixes;
import org.usmx.store.Vocab;

/**
 * The ontology as a page: every class, property and named individual under an anchor named for
 * the term ({@code /ontology#CausalClaim}), with label, comment, super-classes, domain, range,
 * the ontology's own example and how the data uses it (count and one example).
 */
public final class OntologyPage {

    private OntologyPage() {}

    private static final PrefixMapping PREFIXES = Prefixes.mapping();

    public static String render(OntologyDocs docs, String idBase) {
        return Templates.render("ontology.jte", view(docs, idBase));
    }

    static OntologyView view(OntologyDocs docs, String idBase) {
        Graph g = docs.ontology();
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (String k : List.of("Classes", "Object properties", "Datatype properties", "Annotation properties", "Individuals")) groups.put(k, new ArrayList<>());
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Vocab.ONT) || s.getURI().length() == Vocab.ONT.length()) return;
            String group = group(g, s);
            if (!groups.get(group).contains(s)) groups.get(group).add(s);
        });
        groups.values().forEach(l -> l.sort(Comparator.comparing(Node::getLocalName)));
        List<OntologyView.Group> out = new ArrayList<>();
        groups.forEach((name, terms) -> {
            if (!terms.isEmpty()) out.add(new OntologyView.Group(name, terms.stream().map(t -> term(g, t, docs, idBase)).toList()));
        });
        Node ont = NodeFactory.createURI(Vocab.ONT);
        String title = literal(g, ont, RDFS.label.asNode()).orElse("usmx ontology");
        return new OntologyView(PageMeta.of("usmx ontology", PageMeta.Section.ONTOLOGY), title, Vocab.ONT,
            literal(g, ont, RDFS.comment.asNode()).orElse(null), literal(g, ont, OWL.versionInfo.asNode()).orElse(null), out);
    }

    private static String group(Graph g, Node s) {
        if (g.contains(s, RDF.type.asNode(), OWL.Class.asNode()) || g.contains(s, RDF.type.asNode(), RDFS.Class.asNode())) return "Classes";
        if (g.contains(s, RDF.type.asNode(), OWL.ObjectProperty.asNode())) return "Object properties";
        if (g.contains(s, RDF.type.asNode(), OWL.DatatypeProperty.asNode())) return "Datatype properties";
        if (g.contains(s, RDF.type.asNode(), OWL.AnnotationProperty.asNode()) || g.contains(s, RDF.type.asNode(), RDF.Property.asNode())) return "Annotation properties";
        return "Individuals";
    }

    private static OntologyView.Term term(Graph g, Node t, OntologyDocs docs, String idBase) {
        String local = t.getLocalName();
        List<OntologyView.Row> rows = new ArrayList<>();
        row(rows, "Type", objects(g, t, RDF.type.asNode()), g);
        row(rows, "Subclass of", objects(g, t, RDFS.subClassOf.asNode()), g);
        row(rows, "Subproperty of", objects(g, t, RDFS.subPropertyOf.asNode()), g);
        row(rows, "Domain", objects(g, t, RDFS.domain.asNode()), g);
        row(rows, "Range", objects(g, t, RDFS.range.asNode()), g);
        row(rows, "Inverse of", objects(g, t, OWL.inverseOf.asNode()), g);
        row(rows, "Equivalent to", objects(g, t, OWL.equivalentClass.asNode()), g);
        OntologyView.Usage usage = docs.usage(t.getURI()).map(u -> usage(u, t.getURI(), local, idBase)).orElse(null);
        return new OntologyView.Term(local, literal(g, t, RDFS.label.asNode()).orElse(null), literal(g, t, RDFS.comment.asNode()).orElse(null),
            rows, literal(g, t, SKOS.example.asNode()).orElse(null), usage);
    }

    private static OntologyView.Usage usage(OntologyDocs.Usage u, String term, String local, String idBase) {
        // a class's example is "x a usmx:Class": its object is the class itself, in no named graph
        boolean cls = u.exampleObject() != null && u.exampleObject().equals(term) && u.exampleGraph() == null;
        Link subject = u.exampleSubject() == null ? null : link(u.exampleSubject(), idBase);
        return new OntologyView.Usage(Words.count(u.count(), cls ? "instance" : "triple"), u.inferred(), subject,
            cls ? "a" : "usmx:" + local, cls ? OntologyView.Value.text("usmx:" + local) : value(u.exampleObject(), idBase));
    }

    private static Link link(String iri, String idBase) {
        return new Link(LocalPaths.page(iri, idBase), PREFIXES.shortForm(iri), iri);
    }

    private static OntologyView.Value value(String v, String idBase) {
        if (v == null) return OntologyView.Value.text("");
        if (v.startsWith("http://") || v.startsWith("https://")) {
            Link l = link(v, idBase);
            return OntologyView.Value.link(l.href(), l.label());
        }
        return OntologyView.Value.text("\"" + (v.length() > 80 ? v.substring(0, 77) + "…" : v) + "\"");
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    static Optional<String> literal(Graph g, Node s, Node p) {
        String any = null;
        for (Triple t : g.find(s, p, Node.ANY).toList()) {
            if (!t.getObject().isLiteral()) continue;
            String lang = t.getObject().getLiteralLanguage();
            if (lang.isEmpty() || lang.startsWith("en")) return Optional.of(t.getObject().getLiteralLexicalForm());
            any = t.getObject().getLiteralLexicalForm();
        }
        return Optional.ofNullable(any);
    }

    private static void row(List<OntologyView.Row> rows, String name, List<Node> nodes, Graph g) {
        if (!nodes.isEmpty()) rows.add(new OntologyView.Row(name, nodes.stream().map(n -> node(g, n)).toList()));
    }

    /** A term: usmx terms link to their anchor, others to their IRI; owl:unionOf lists read "A or B". */
    static OntologyView.Value node(Graph g, Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            if (iri.startsWith(Vocab.ONT)) return OntologyView.Value.link("#" + iri.substring(Vocab.ONT.length()), "usmx:" + iri.substring(Vocab.ONT.length()));
            return OntologyView.Value.link(iri, PREFIXES.shortForm(iri));
        }
        if (n.isLiteral()) return OntologyView.Value.text(n.getLiteralLexicalForm());
        for (Triple t : g.find(n, OWL.unionOf.asNode(), Node.ANY).toList()) {
            return new OntologyView.Value(null, null, false, listNodes(g, t.getObject()).stream().map(m -> flat(g, m)).toList());
        }
        return new OntologyView.Value(null, "(anonymous class)", true, List.of());
    }

    /** A member of a union: a nested union is read as text. */
    private static OntologyView.Value flat(Graph g, Node n) {
        OntologyView.Value v = node(g, n);
        if (v.anyOf().isEmpty()) return v;
        return OntologyView.Value.text(String.join(" or ", v.anyOf().stream().map(OntologyView.Value::text).toList()));
    }

    /** The members of an RDF list (empty if {@code head} is not one). */
    static List<Node> listNodes(Graph g, Node head) {
        List<Node> out = new ArrayList<>();
        Node cur = head;
        while (cur != null && !cur.equals(RDF.nil.asNode()) && out.size() < 100) {
            Node c = cur;
            List<Triple> first = g.find(c, RDF.first.asNode(), Node.ANY).toList();
            if (first.isEmpty()) break;
            out.add(first.get(0).getObject());
            List<Triple> rest = g.find(c, RDF.rest.asNode(), Node.ANY).toList();
            cur = rest.isEmpty() ? null : rest.get(0).getObject();
        }
        return out;
    }
}
