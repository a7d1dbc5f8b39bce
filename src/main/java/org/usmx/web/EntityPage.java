package org.usmx.web;

import org.usmx.readmodel.DescriptionView;

import static org.usmx.web.Html.a;
import static org.usmx.web.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.usmx.linkeddata.LocalPaths;

/**
 * The page of any entity: label, aliases, types, facts with their sources (paper and quote of each
 * usmx:FactEvidence), posts held or filled, claims involving it, incoming links.
 */
final class EntityPage {

    /** Properties shown in the header rather than in the facts table. */
    private static final Set<String> HEADER = Set.of(RDF.type.getURI(), SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(),
        DescriptionView.FOAF_NAME.getURI());

    static final int MAX_INCOMING_PER_PROPERTY = 50;

    private EntityPage() {}

    /** The header: label, IRI, types, aliases and the RDF formats. */
    static String header(DescriptionView v) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(v.label(v.node))).append("</h1>\n");
        b.append("<div class=\"iri\">").append(esc(v.iri)).append("</div>\n<p class=\"types\">");
        for (Node t : v.types()) b.append("<span>").append(v.html(t)).append("</span>");
        b.append("</p>\n");
        List<String> aliases = new java.util.ArrayList<>(v.literals(SKOS.altLabel.asNode()));
        for (String n : v.literals(DescriptionView.FOAF_NAME)) if (!aliases.contains(n) && !n.equals(v.label(v.node))) aliases.add(n);
        if (!aliases.isEmpty()) {
            b.append("<p><strong>Also known as:</strong> ");
            for (int i = 0; i < aliases.size(); i++) b.append(i == 0 ? "" : "; ").append(esc(aliases.get(i)));
            b.append("</p>\n");
        }
        for (String def : v.literals(SKOS.definition.asNode())) b.append("<p>").append(esc(def)).append("</p>\n");
        for (String c : v.literals(RDFS.comment.asNode())) b.append("<p>").append(esc(c)).append("</p>\n");
        b.append("<p class=\"src\">This resource as ");
        String local = LocalPaths.path(v.iri, v.idBase);
        String[][] formats = {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"}, {"rdf", "RDF/XML"}, {"trig", "TriG (with sources)"}};
        for (int i = 0; i < formats.length; i++) b.append(i == 0 ? "" : " · ").append(a(local + "." + formats[i][0], formats[i][1]));
        b.append("</p>\n");
        return b.toString();
    }

    static String render(DescriptionView v, PageData data) {
        StringBuilder b = new StringBuilder(header(v));
        b.append(memberships(v, data.memberships(v.iri)));
        b.append(facts(v, data.factEvidence(v.iri)));
        b.append(claims(data.claimsInvolving(v.iri), v.idBase));
        b.append(incoming(v));
        return Layout.page(v.label(v.node), b.toString());
    }

    /** Facts: every outgoing statement, with the paper and quote that state it where a paper does. */
    static String facts(DescriptionView v, List<Map<String, String>> evidence) {
        StringBuilder b = new StringBuilder("<h2 id=\"facts\">Facts</h2>\n<table>\n");
        StringBuilder inferred = new StringBuilder();
        int rows = 0;
        for (DescriptionView.Fact f : v.facts()) {
            if (HEADER.contains(f.property().getURI()) || f.value().isBlank()) continue;
            if (DescriptionView.inferredOnly(f.graphs())) {
                inferred.append("<tr><th>").append(v.property(f.property())).append("</th><td>").append(v.html(f.value())).append("</td></tr>\n");
                continue;
            }
            if (f.property().getURI().equals(SKOS.definition.getURI()) || f.property().getURI().equals(RDFS.comment.getURI())) continue;
            rows++;
            b.append("<tr><th>").append(v.property(f.property())).append("</th><td>").append(v.html(f.value()));
            boolean quoted = false;
            for (Map<String, String> e : evidence) {
                if (!f.property().getURI().equals(e.get("property")) || !matches(f.value(), e.get("value"))) continue;
                quoted = true;
                b.append("<blockquote>“").append(esc(e.get("quote"))).append("”</blockquote><div class=\"src\">")
                    .append(source(e.get("paper"), e.get("paperTitle"), e.get("page"), v.idBase))
                    .append(" · ").append(a(LocalPaths.page(e.get("evidence"), v.idBase), "evidence")).append("</div>");
            }
            if (!quoted) b.append("<div class=\"src\">").append(graphs(f.graphs(), v.idBase)).append("</div>");
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (rows == 0) b.setLength(b.indexOf("<table>"));
        if (!inferred.isEmpty()) {
            b.append("<details><summary>Inferred by the load-time rules (inverses, shortcuts)</summary>\n<table>\n")
                .append(inferred).append("</table>\n</details>\n");
        }
        return rows == 0 && inferred.isEmpty() ? "" : b.toString();
    }

    private static boolean matches(Node value, String lexical) {
        if (lexical == null) return false;
        return value.isURI() ? value.getURI().equals(lexical) : value.isLiteral() && value.getLiteralLexicalForm().equals(lexical);
    }

    /** "stated in" the papers whose graphs hold a triple; entity records and inferences named as such. */
    static String graphs(Set<String> graphs, String idBase) {
        StringBuilder b = new StringBuilder();
        for (String g : graphs) {
            String name = g.substring(g.lastIndexOf('/') + 1);
            b.append(b.isEmpty() ? "" : "; ");
            switch (name) {
                case "entities" -> b.append("entity record");
                case "inferred" -> b.append("inferred");
                case "ontology", "shapes" -> b.append(esc(name));
                default -> b.append("stated in ").append(a("/id/document/" + name + ".html", name));
            }
        }
        return b.toString();
    }

    static String source(String paper, String paperTitle, String page, String idBase) {
        if (paper == null) return "";
        String id = paper.substring(paper.lastIndexOf('/') + 1);
        return a(LocalPaths.page(paper, idBase), paperTitle == null ? id : id + ", " + paperTitle) + (page == null ? "" : ", p. " + esc(page));
    }

    /**
     * Posts held (for a person) or filled (for an organization or post): one item per holding
     * statement, with each passage that states it (role as worded, dates, quote, source).
     */
    static String memberships(DescriptionView v, List<Map<String, String>> rows) {
        if (rows.isEmpty()) return "";
        boolean person = rows.stream().allMatch(r -> v.iri.equals(r.get("person")));
        Map<String, List<Map<String, String>>> byStatement = new java.util.LinkedHashMap<>();
        for (Map<String, String> r : rows) byStatement.computeIfAbsent(r.get("membership"), k -> new java.util.ArrayList<>()).add(r);
        StringBuilder b = new StringBuilder("<h2 id=\"posts\">").append(person ? "Posts held" : "Posts and members").append("</h2>\n<ul class=\"plain\">\n");
        for (var statement : byStatement.entrySet()) {
            Map<String, String> r = statement.getValue().get(0);
            b.append("<li>");
            String post = r.containsKey("post") ? a(LocalPaths.page(r.get("post"), v.idBase), r.getOrDefault("postLabel", r.get("post")))
                : esc(r.getOrDefault("role", "member"));
            if (person) {
                b.append("<strong>").append(post).append("</strong>, ")
                    .append(a(LocalPaths.page(r.get("org"), v.idBase), r.getOrDefault("orgLabel", r.get("org"))));
            } else {
                b.append(a(LocalPaths.page(r.get("person"), v.idBase), r.getOrDefault("personLabel", r.get("person"))))
                    .append(" — <strong>").append(post).append("</strong>");
            }
            b.append(" <span class=\"muted\">· ").append(a(LocalPaths.page(statement.getKey(), v.idBase), "holding record"))
                .append(", ").append(statement.getValue().size()).append(statement.getValue().size() == 1 ? " reference" : " references")
                .append("</span>\n<ul class=\"plain\">\n");
            for (Map<String, String> ref : statement.getValue()) {
                b.append("<li>");
                if (ref.containsKey("role") && ref.containsKey("post")) b.append("<span class=\"muted\">(“").append(esc(ref.get("role"))).append("”)</span> ");
                b.append("<span class=\"tag\">").append(esc(dates(ref))).append("</span>");
                if (ref.containsKey("quote")) b.append("<blockquote>“").append(esc(ref.get("quote"))).append("”</blockquote>");
                b.append("<div class=\"src\">").append(source(ref.get("paper"), ref.get("paperTitle"), ref.get("page"), v.idBase))
                    .append("</div></li>\n");
            }
            b.append("</ul></li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    static String dates(Map<String, String> r) {
        if (r.containsKey("start") || r.containsKey("end")) {
            return r.getOrDefault("start", "?") + " – " + r.getOrDefault("end", "");
        }
        return r.containsKey("attested") ? "in office " + r.get("attested") : "dates not stated";
    }

    /** Claims involving the entity, grouped per claim with the roles it plays. */
    static String claims(List<Map<String, String>> rows, String idBase) {
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<h2 id=\"claims\">Claims involving it</h2>\n<ul class=\"plain\">\n");
        Map<String, List<Map<String, String>>> byClaim = new java.util.LinkedHashMap<>();
        for (Map<String, String> r : rows) byClaim.computeIfAbsent(r.get("claim"), k -> new java.util.ArrayList<>()).add(r);
        for (var e : byClaim.entrySet()) {
            Map<String, String> r = e.getValue().get(0);
            b.append("<li>").append(a(LocalPaths.page(e.getKey(), idBase), r.getOrDefault("label", e.getKey())));
            for (Map<String, String> role : e.getValue()) b.append(" <span class=\"tag\">").append(esc(role.get("role"))).append("</span>");
            if (r.containsKey("quote")) b.append("<blockquote>“").append(esc(r.get("quote"))).append("”</blockquote>");
            b.append("<div class=\"src\">").append(source(r.get("paper"), r.get("paperTitle"), r.get("page"), idBase)).append("</div></li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    /** Incoming links, by property, at most {@value #MAX_INCOMING_PER_PROPERTY} shown per property. */
    static String incoming(DescriptionView v) {
        String stated = incomingTable(v, v.incoming(false)), inferred = incomingTable(v, v.incoming(true));
        if (stated.isEmpty() && inferred.isEmpty()) return "";
        return "<h2 id=\"incoming\">Linked from</h2>\n" + stated
            + (inferred.isEmpty() ? "" : "<details><summary>Inferred links</summary>\n" + inferred + "</details>\n");
    }

    private static String incomingTable(DescriptionView v, Map<Node, List<Node>> in) {
        if (in.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<table>\n");
        for (var e : in.entrySet()) {
            b.append("<tr><th>").append(v.property(e.getKey())).append(" of</th><td>");
            List<Node> subjects = e.getValue();
            for (int i = 0; i < Math.min(subjects.size(), MAX_INCOMING_PER_PROPERTY); i++) {
                b.append(i == 0 ? "" : "; ").append(v.html(subjects.get(i)));
            }
            if (subjects.size() > MAX_INCOMING_PER_PROPERTY) {
                b.append(" <span class=\"muted\">and ").append(subjects.size() - MAX_INCOMING_PER_PROPERTY).append(" more</span>");
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }
}
