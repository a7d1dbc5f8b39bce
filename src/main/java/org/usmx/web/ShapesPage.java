package org.usmx.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.usmx.linkeddata.OntologyDocs;
import org.usmx.sparql.Prefixes;

/** The SHACL shapes as a page: each node shape, its targets, and every constraint with its message (values as plain text; the template escapes). */
public final class ShapesPage {

    private ShapesPage() {}

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node NODE_SHAPE = NodeFactory.createURI(SH + "NodeShape");
    private static final Node PROPERTY = NodeFactory.createURI(SH + "property");
    private static final Node PATH = NodeFactory.createURI(SH + "path");
    private static final Node MESSAGE = NodeFactory.createURI(SH + "message");
    private static final Set<String> TARGETS = Set.of("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf");
    private static final PrefixMapping PREFIXES = Prefixes.mapping();

    static {
        PREFIXES.setNsPrefix("ush", "https://w3id.org/usmx/shapes#");
    }

    public static String render(OntologyDocs docs) {
        return Templates.render("shapes.jte", view(docs));
    }

    static ShapesView view(OntologyDocs docs) {
        Graph g = docs.shapes();
        List<Node> nodes = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), NODE_SHAPE).forEachRemaining(t -> nodes.add(t.getSubject()));
        nodes.sort(Comparator.comparing(n -> n.isURI() ? n.getLocalName() : "~"));
        List<ShapesView.Shape> shapes = new ArrayList<>();
        for (Node s : nodes) {
            List<ShapesView.Parameter> parameters = new ArrayList<>();
            for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
                Node p = t.getPredicate();
                if (!p.getURI().startsWith(SH) || p.equals(PROPERTY) || p.equals(MESSAGE)) continue;
                String local = p.getURI().substring(SH.length());
                parameters.add(new ShapesView.Parameter(TARGETS.contains(local) ? "Target (" + local + ")" : "sh:" + local, value(g, t.getObject())));
            }
            List<ShapesView.Constraint> properties = new ArrayList<>();
            for (Node ps : OntologyPage.objects(g, s, PROPERTY)) {
                List<String> cs = new ArrayList<>();
                for (Triple t : g.find(ps, Node.ANY, Node.ANY).toList()) {
                    Node p = t.getPredicate();
                    if (!p.getURI().startsWith(SH) || p.equals(PATH) || p.equals(MESSAGE)) continue;
                    cs.add("sh:" + p.getURI().substring(SH.length()) + " " + value(g, t.getObject()));
                }
                properties.add(new ShapesView.Constraint(path(g, OntologyPage.objects(g, ps, PATH)), String.join("; ", cs), messages(g, ps)));
            }
            shapes.add(new ShapesView.Shape(s.isURI() ? s.getLocalName() : "(anonymous shape)", s.isURI(),
                OntologyPage.literal(g, s, RDFS.comment.asNode()).orElse(null), parameters, messages(g, s), properties));
        }
        return new ShapesView(PageMeta.of("SHACL shapes", PageMeta.Section.ONTOLOGY), shapes);
    }

    private static List<String> messages(Graph g, Node s) {
        List<String> out = new ArrayList<>();
        g.find(s, MESSAGE, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static String path(Graph g, List<Node> paths) {
        if (paths.isEmpty()) return "";
        Node p = paths.get(0);
        if (p.isURI()) return PREFIXES.shortForm(p.getURI());
        List<String> seq = new ArrayList<>();
        for (Node n : OntologyPage.listNodes(g, p)) seq.add(value(g, n));
        return seq.isEmpty() ? "(complex path)" : String.join(" / ", seq);
    }

    private static String value(Graph g, Node o) {
        if (o.isURI()) return PREFIXES.shortForm(o.getURI());
        if (o.isLiteral()) return o.getLiteralLexicalForm();
        List<Node> items = OntologyPage.listNodes(g, o);
        if (!items.isEmpty()) {
            List<String> plain = new ArrayList<>();
            for (Node i : items) plain.add(value(g, i));
            return "(" + String.join(" ", plain) + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Triple t : g.find(o, Node.ANY, Node.ANY).toList()) parts.add(PREFIXES.shortForm(t.getPredicate().getURI()) + " " + value(g, t.getObject()));
        return "[ " + String.join("; ", parts) + " ]";
    }
}
