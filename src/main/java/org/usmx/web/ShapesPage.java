package org.usmx.web;

import static org.usmx.web.Html.a;
import static org.usmx.web.Html.esc;

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

/** The SHACL shapes as a page: each node shape, its targets, and every constraint with its message. */
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
        Graph g = docs.shapes();
        List<Node> shapes = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), NODE_SHAPE).forEachRemaining(t -> shapes.add(t.getSubject()));
        shapes.sort(Comparator.comparing(n -> n.isURI() ? n.getLocalName() : "~"));
        StringBuilder b = new StringBuilder("<h1>SHACL shapes</h1>\n<p>The shapes <code>usmx validate</code> runs over the union of all graphs; "
            + "the test suite fails on any violation. As ").append(a("/ontology/shapes?format=ttl", "Turtle")).append(" · ")
            .append(a("/ontology/shapes?format=jsonld", "JSON-LD")).append(". See also the ").append(a("/ontology", "ontology")).append(".</p>\n");
        b.append("<p>");
        for (int i = 0; i < shapes.size(); i++) if (shapes.get(i).isURI()) b.append(i == 0 ? "" : ", ").append(a("#" + shapes.get(i).getLocalName(), shapes.get(i).getLocalName()));
        b.append("</p>\n");
        for (Node s : shapes) {
            String name = s.isURI() ? s.getLocalName() : "(anonymous shape)";
            b.append("<section id=\"").append(esc(name)).append("\">\n<h2>").append(esc(name)).append("</h2>\n");
            OntologyPage.literal(g, s, RDFS.comment.asNode()).ifPresent(c -> b.append("<p>").append(esc(c)).append("</p>\n"));
            b.append("<dl>\n");
            for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
                Node p = t.getPredicate();
                if (!p.getURI().startsWith(SH) || p.equals(PROPERTY) || p.equals(MESSAGE)) continue;
                String local = p.getURI().substring(SH.length());
                b.append("<dt>").append(TARGETS.contains(local) ? "Target (" + esc(local) + ")" : "sh:" + esc(local)).append("</dt><dd>")
                    .append(value(g, t.getObject())).append("</dd>\n");
            }
            for (String m : messages(g, s)) b.append("<dt>Message</dt><dd>").append(esc(m)).append("</dd>\n");
            b.append("</dl>\n");
            List<Node> props = OntologyPage.objects(g, s, PROPERTY);
            if (!props.isEmpty()) {
                b.append("<table>\n<tr><th>Path</th><td><strong>Constraints and message</strong></td></tr>\n");
                for (Node ps : props) {
                    b.append("<tr><th>").append(path(g, OntologyPage.objects(g, ps, PATH))).append("</th><td>");
                    List<String> cs = new ArrayList<>();
                    for (Triple t : g.find(ps, Node.ANY, Node.ANY).toList()) {
                        Node p = t.getPredicate();
                        if (!p.getURI().startsWith(SH) || p.equals(PATH) || p.equals(MESSAGE)) continue;
                        cs.add("sh:" + esc(p.getURI().substring(SH.length())) + " " + value(g, t.getObject()));
                    }
                    b.append(String.join("; ", cs));
                    for (String m : messages(g, ps)) b.append("<div class=\"src\">").append(esc(m)).append("</div>");
                    b.append("</td></tr>\n");
                }
                b.append("</table>\n");
            }
            b.append("</section>\n");
        }
        return Layout.page("SHACL shapes", b.toString());
    }

    private static List<String> messages(Graph g, Node s) {
        List<String> out = new ArrayList<>();
        g.find(s, MESSAGE, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static String path(Graph g, List<Node> paths) {
        if (paths.isEmpty()) return "";
        Node p = paths.get(0);
        if (p.isURI()) return esc(PREFIXES.shortForm(p.getURI()));
        List<String> seq = new ArrayList<>();
        for (Node n : OntologyPage.listNodes(g, p)) seq.add(value(g, n));
        return seq.isEmpty() ? "(complex path)" : String.join(" / ", seq);
    }

    private static String value(Graph g, Node o) {
        if (o.isURI()) return esc(PREFIXES.shortForm(o.getURI()));
        if (o.isLiteral()) return esc(o.getLiteralLexicalForm());
        List<Node> items = OntologyPage.listNodes(g, o);
        if (!items.isEmpty()) {
            List<String> plain = new ArrayList<>();
            for (Node i : items) plain.add(value(g, i));
            return "(" + String.join(" ", plain) + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Triple t : g.find(o, Node.ANY, Node.ANY).toList()) parts.add(esc(PREFIXES.shortForm(t.getPredicate().getURI())) + " " + value(g, t.getObject()));
        return "[ " + String.join("; ", parts) + " ]";
    }
}
