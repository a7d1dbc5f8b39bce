package org.usmx.web;

import static org.usmx.web.Html.a;
import static org.usmx.web.Html.esc;

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

        Node ont = NodeFactory.createURI(Vocab.ONT);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(literal(g, ont, RDFS.label.asNode()).orElse("usmx ontology"))).append("</h1>\n");
        b.append("<div class=\"iri\">").append(esc(Vocab.ONT)).append("</div>\n");
        literal(g, ont, RDFS.comment.asNode()).ifPresent(c -> b.append("<p>").append(esc(c)).append("</p>\n"));
        literal(g, ont, OWL.versionInfo.asNode()).ifPresent(v -> b.append("<p>Version ").append(esc(v)).append(". Prefix <code>usmx:</code>. ")
            .append(a("/ontology/shapes", "SHACL shapes")).append(".</p>\n"));
        b.append("<p class=\"src\">As ").append(a("/ontology?format=ttl", "Turtle")).append(" · ").append(a("/ontology?format=jsonld", "JSON-LD"))
            .append(" · ").append(a("/ontology?format=rdf", "RDF/XML")).append(" · ").append(a("/ontology?format=nt", "N-Triples")).append("</p>\n");
        for (var e : groups.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            b.append("<p><strong>").append(esc(e.getKey())).append(":</strong> ");
            for (int i = 0; i < e.getValue().size(); i++) {
                String local = e.getValue().get(i).getLocalName();
                b.append(i == 0 ? "" : ", ").append(a("#" + local, local));
            }
            b.append("</p>\n");
        }
        for (var e : groups.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            b.append("<h2>").append(esc(e.getKey())).append("</h2>\n");
            for (Node term : e.getValue()) b.append(term(g, term, docs, idBase));
        }
        return Layout.page("usmx ontology", b.toString());
    }

    private static String group(Graph g, Node s) {
        if (g.contains(s, RDF.type.asNode(), OWL.Class.asNode()) || g.contains(s, RDF.type.asNode(), RDFS.Class.asNode())) return "Classes";
        if (g.contains(s, RDF.type.asNode(), OWL.ObjectProperty.asNode())) return "Object properties";
        if (g.contains(s, RDF.type.asNode(), OWL.DatatypeProperty.asNode())) return "Datatype properties";
        if (g.contains(s, RDF.type.asNode(), OWL.AnnotationProperty.asNode()) || g.contains(s, RDF.type.asNode(), RDF.Property.asNode())) return "Annotation properties";
        return "Individuals";
    }

    private static String term(Graph g, Node t, OntologyDocs docs, String idBase) {
        StringBuilder b = new StringBuilder();
        String local = t.getLocalName();
        b.append("<section id=\"").append(esc(local)).append("\">\n<h3><code>usmx:").append(esc(local)).append("</code>");
        literal(g, t, RDFS.label.asNode()).ifPresent(l -> b.append(" — ").append(esc(l)));
        b.append(" <a href=\"#").append(esc(local)).append("\" class=\"muted\">¶</a></h3>\n");
        literal(g, t, RDFS.comment.asNode()).ifPresent(c -> b.append("<p>").append(esc(c)).append("</p>\n"));
        b.append("<dl>\n");
        dd(b, "Type", objects(g, t, RDF.type.asNode()), g);
        dd(b, "Subclass of", objects(g, t, RDFS.subClassOf.asNode()), g);
        dd(b, "Subproperty of", objects(g, t, RDFS.subPropertyOf.asNode()), g);
        dd(b, "Domain", objects(g, t, RDFS.domain.asNode()), g);
        dd(b, "Range", objects(g, t, RDFS.range.asNode()), g);
        dd(b, "Inverse of", objects(g, t, OWL.inverseOf.asNode()), g);
        dd(b, "Equivalent to", objects(g, t, OWL.equivalentClass.asNode()), g);
        literal(g, t, SKOS.example.asNode()).ifPresent(x -> b.append("<dt>Example</dt><dd>").append(esc(x)).append("</dd>\n"));
        Optional<OntologyDocs.Usage> u = docs.usage(t.getURI());
        b.append("<dt>In the data</dt><dd>");
        if (u.isEmpty()) {
            b.append("<span class=\"muted\">not used yet</span>");
        } else {
            OntologyDocs.Usage usage = u.get();
            boolean cls = usage.exampleObject() != null && usage.exampleObject().equals(t.getURI()) && usage.exampleGraph() == null;
            b.append(usage.count()).append(cls ? " instance" : " triple").append(usage.count() == 1 ? "" : "s");
            if (usage.inferred() > 0) b.append(" (").append(usage.inferred()).append(" inferred)");
            if (usage.exampleSubject() != null) {
                b.append("; e.g. <code>").append(link(usage.exampleSubject(), idBase)).append(cls ? " a " : " usmx:" + esc(local) + " ")
                    .append(cls ? "usmx:" + esc(local) : value(usage.exampleObject(), idBase)).append("</code>");
            }
        }
        b.append("</dd>\n</dl>\n</section>\n");
        return b.toString();
    }

    private static String link(String iri, String idBase) {
        return a(LocalPaths.page(iri, idBase), PREFIXES.shortForm(iri));
    }

    private static String value(String v, String idBase) {
        if (v == null) return "";
        return v.startsWith("http://") || v.startsWith("https://") ? link(v, idBase) : "\"" + esc(v.length() > 80 ? v.substring(0, 77) + "…" : v) + "\"";
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

    private static void dd(StringBuilder b, String name, List<Node> nodes, Graph g) {
        if (nodes.isEmpty()) return;
        b.append("<dt>").append(esc(name)).append("</dt><dd>");
        for (int i = 0; i < nodes.size(); i++) b.append(i == 0 ? "" : ", ").append(node(g, nodes.get(i)));
        b.append("</dd>\n");
    }

    /** A term: usmx terms link to their anchor, others to their IRI; owl:unionOf lists read "A or B". */
    static String node(Graph g, Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            if (iri.startsWith(Vocab.ONT)) return a("#" + iri.substring(Vocab.ONT.length()), "usmx:" + iri.substring(Vocab.ONT.length()));
            return a(iri, PREFIXES.shortForm(iri));
        }
        if (n.isLiteral()) return esc(n.getLiteralLexicalForm());
        for (Triple t : g.find(n, OWL.unionOf.asNode(), Node.ANY).toList()) return String.join(" or ", list(g, t.getObject()));
        return "<span class=\"muted\">(anonymous class)</span>";
    }

    static List<String> list(Graph g, Node head) {
        return listNodes(g, head).stream().map(n -> node(g, n)).toList();
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
