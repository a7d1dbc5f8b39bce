package org.usmx.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.readmodel.EntityView.Alias;
import org.usmx.readmodel.EntityView.ClaimRef;
import org.usmx.readmodel.EntityView.Incoming;
import org.usmx.readmodel.EntityView.Reference;
import org.usmx.readmodel.EntityView.Statement;
import org.usmx.readmodel.EntityView.StatementGroup;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.Vocab;

/**
 * Builds an {@link EntityView} from an entity's description (the quads Linked Data serves) and
 * three queries: its post holdings, the evidence of its statements, the claims involving it.
 * Post records made once per mention are folded into one statement per person and post, each
 * record a reference under it.
 */
public final class EntityReader {

    private static final Query POSTS = ClasspathQueries.query("sparql/entity-posts.rq");
    private static final Query EVIDENCE = ClasspathQueries.query("sparql/entity-fact-evidence.rq");
    private static final Query CLAIMS = ClasspathQueries.query("sparql/page-entity-claims.rq");
    private static final Query CONFLICT_TOPICS = ClasspathQueries.query("sparql/entity-conflict-topics.rq");
    private static final Query SIDES = ClasspathQueries.query("sparql/entity-sides.rq");
    private static final String SIDE = Vocab.ont("side");

    /** Statements shown in the header (name, kind, description), not as rows. */
    private static final Set<String> HEADER = Set.of(RDF.type.getURI(), SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(),
        DescriptionView.FOAF_NAME.getURI(), SKOS.definition.getURI(), RDFS.comment.getURI(), RDFS.label.getURI(),
        Vocab.ont("conflictTopic"));

    /** Incoming relations shown elsewhere on the page (claims, posts) or that are bookkeeping of the model. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of(
        Vocab.ont("about"), Vocab.ont("cause"), Vocab.ont("effect"),
        Vocab.ont("attributedTo"), Vocab.ont("recommendedTo"),
        "http://www.w3.org/ns/org#member", "http://www.w3.org/ns/org#organization", Vocab.ont("post"));
    private static final Set<String> BOOKKEEPING = Set.of(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", "http://www.w3.org/1999/02/22-rdf-syntax-ns#object",
        "http://www.w3.org/ns/oa#hasBody", "http://www.w3.org/ns/oa#hasSource", "http://www.w3.org/ns/oa#hasTarget",
        "http://www.w3.org/ns/oa#hasSelector", Vocab.ont("evidence"), Vocab.ont("side"),
        Vocab.ont("pageSpan"));

    /** Readable headings for incoming relations: "the resources that have this entity as their …". */
    private static final Map<String, String> INCOMING = Map.ofEntries(
        Map.entry("http://www.w3.org/ns/org#subOrganizationOf", "Sub-organizations"),
        Map.entry("http://www.w3.org/ns/org#postIn", "Posts in this organization"),
        Map.entry(Vocab.ont("country"), "Belonging to this country"),
        Map.entry(Vocab.ont("nationality"), "People of this nationality"),
        Map.entry(Vocab.ont("participant"), "Events it took part in"),
        Map.entry(Vocab.ont("place"), "Events that took place here"),
        Map.entry(Vocab.ont("partOfInitiative"), "Events in this initiative"),
        Map.entry(Vocab.ont("quantityOf"), "Quantities stated about it"),
        Map.entry(Vocab.ont("conflictAbout"), "Conflicts between the papers about it"),
        Map.entry("http://www.w3.org/2004/02/skos/core#broader", "Narrower factors"),
        Map.entry("http://www.w3.org/2004/02/skos/core#related", "Related factors"),
        Map.entry("http://www.w3.org/2004/02/skos/core#inScheme", "Concepts in this scheme"),
        Map.entry("http://purl.org/dc/terms/creator", "Works by this author"),
        Map.entry("http://purl.org/dc/terms/publisher", "Works it published"),
        Map.entry("http://purl.org/dc/terms/isPartOf", "Parts"),
        Map.entry("http://purl.org/spar/cito/cites", "Cited by"),
        Map.entry(Vocab.ont("citedWork"), "Citations of this work"),
        Map.entry(Vocab.ont("citation"), "Notes citing it"),
        Map.entry(Vocab.ont("statedIn"), "Stated in this paper"),
        Map.entry(Vocab.ont("noteOf"), "Notes of this paper"),
        Map.entry(Vocab.ont("section"), "In this section"),
        Map.entry(Vocab.ont("supportedBy"), "Claims it supports"),
        Map.entry(Vocab.ont("agreesWith"), "Claims agreeing with it"),
        Map.entry(Vocab.ont("elaborates"), "Claims elaborating it"),
        Map.entry(Vocab.ont("consequenceOf"), "Its consequences"),
        Map.entry("http://purl.org/ontology/bibo/interviewer", "Interviews it conducted"),
        Map.entry("http://purl.org/ontology/bibo/interviewee", "Interviews it gave"),
        Map.entry("http://purl.org/dc/terms/contributor", "Works it contributed to"),
        Map.entry("http://purl.org/ontology/bibo/editor", "Works it edited"),
        Map.entry("http://purl.org/dc/terms/relation", "Related works"),
        Map.entry("http://www.w3.org/2002/07/owl#differentFrom", "Not to be confused with"));

    /** Headings for statement groups whose property label reads badly as a heading. */
    private static final Map<String, String> FACT_TITLES = Map.ofEntries(
        Map.entry("http://www.w3.org/ns/org#subOrganizationOf", "Part of"),
        Map.entry("http://www.w3.org/ns/org#postIn", "Post in"),
        Map.entry("http://www.w3.org/2004/02/skos/core#broader", "Broader factors"),
        Map.entry("http://www.w3.org/2004/02/skos/core#related", "Related factors"),
        Map.entry("http://www.w3.org/2004/02/skos/core#inScheme", "In scheme"),
        Map.entry("http://www.w3.org/2004/02/skos/core#topConceptOf", "Top concept of"),
        Map.entry("http://purl.org/dc/terms/creator", "Author"),
        Map.entry("http://purl.org/dc/terms/title", "Title"),
        Map.entry("http://purl.org/dc/terms/issued", "Issued"),
        Map.entry("http://purl.org/dc/terms/publisher", "Publisher"),
        Map.entry("http://purl.org/dc/terms/isPartOf", "Part of"),
        Map.entry("http://xmlns.com/foaf/0.1/homepage", "Home page"),
        Map.entry("http://purl.org/ontology/bibo/editor", "Editor"),
        Map.entry("http://purl.org/dc/terms/contributor", "Contributor"),
        Map.entry("http://purl.org/ontology/bibo/number", "Number"),
        Map.entry("http://purl.org/ontology/bibo/pages", "Pages"),
        Map.entry("http://purl.org/ontology/bibo/volume", "Volume"),
        Map.entry("http://purl.org/ontology/bibo/numPages", "Number of pages"));

    static final int MAX_INCOMING_PER_RELATION = 50;

    private final SelectRunner runner;
    private final Papers papers;
    private final String idBase;

    public EntityReader(SelectRunner runner, Papers papers, String idBase) {
        this.runner = runner;
        this.papers = papers;
        this.idBase = idBase;
    }

    private List<Map<String, String>> rows(Query q, String iri) {
        return runner.rows(q, "entity", iri);
    }

    public EntityView read(String iri, DatasetGraph description) {
        DescriptionView v = new DescriptionView(iri, description, idBase);
        List<StatementGroup> groups = new ArrayList<>();
        StatementGroup posts = posts(iri, rows(POSTS, iri));
        if (posts != null) groups.add(posts);
        List<Statement> inferred = new ArrayList<>();
        groups.addAll(facts(v, rows(EVIDENCE, iri), sides(iri), inferred));
        List<ClaimRef> claims = claims(rows(CLAIMS, iri));
        List<Incoming> incoming = new ArrayList<>();
        List<Incoming> bookkeeping = new ArrayList<>();
        Map<String, String> topics = conflictTopics(iri);
        incoming(v, v.incoming(false), incoming, bookkeeping, topics);
        incoming(v, v.incoming(true), bookkeeping, bookkeeping, topics);
        String label = v.label(v.node);
        List<String> descriptions = new ArrayList<>(v.literals(SKOS.definition.asNode()));
        descriptions.addAll(v.literals(RDFS.comment.asNode()));
        Set<String> cited = new LinkedHashSet<>();
        groups.forEach(g -> g.statements().forEach(s -> s.references().forEach(r -> { if (r.paper() != null) cited.add(r.paper().iri()); })));
        claims.forEach(c -> { if (c.paper() != null) cited.add(c.paper().iri()); });
        List<Papers.Paper> sources = cited.stream().map(papers::get).flatMap(java.util.Optional::stream)
            .sorted(Comparator.comparing(Papers.Paper::shortCite)).toList();
        // the ontology's own classes say it best; foaf:Person, prov:Person and the like only when there is none
        List<Node> types = v.types().stream().filter(t -> t.isURI() && t.getURI().startsWith(Vocab.ONT)).toList();
        if (types.isEmpty()) types = v.types().stream().filter(Node::isURI).toList();
        return new EntityView(iri, label, types.stream().map(t -> link(v, t)).toList(), descriptions, aliases(v, label),
            groups, claims, incoming, bookkeeping, inferred, sources, formats(iri),
            Citations.entity(label, iri, sources.stream().map(p -> p.shortCite() + ", " + p.title()).toList()));
    }

    private Link link(DescriptionView v, Node n) {
        return new Link(LocalPaths.page(n.getURI(), idBase), v.label(n), n.getURI());
    }

    private Link link(String iri, String label) {
        return Link.to(iri, label, idBase);
    }

    /** Everything linking to the resource, stated or inferred, bookkeeping included (a claim's page lists its records). */
    List<Incoming> linkedFrom(DescriptionView v) {
        List<Incoming> all = new ArrayList<>();
        Map<String, String> topics = conflictTopics(v.iri);
        incoming(v, v.incoming(false), all, all, topics);
        incoming(v, v.incoming(true), all, all, topics);
        return all;
    }

    /** A conflict's sides by IRI, with paper, page, quote and the value each holds (empty for anything but a conflict). */
    private Map<String, Map<String, String>> sides(String iri) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map<String, String> r : rows(SIDES, iri)) out.putIfAbsent(r.get("side"), r);
        return out;
    }

    /** The topics of the conflicts linking to the resource: a conflict is named by its topic, not its id. */
    private Map<String, String> conflictTopics(String iri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, String> r : rows(CONFLICT_TOPICS, iri)) out.putIfAbsent(r.get("conflict"), r.get("topic"));
        return out;
    }

    List<Link> formats(String iri) {
        String local = LocalPaths.path(iri, idBase);
        return List.of(new Link(local + ".ttl", "Turtle", null), new Link(local + ".jsonld", "JSON-LD", null),
            new Link(local + ".nt", "N-Triples", null), new Link(local + ".rdf", "RDF/XML", null),
            new Link(local + ".trig", "TriG (with sources)", null));
    }

    /** Every name once, preferred first, each with the papers whose text uses that spelling. */
    private List<Alias> aliases(DescriptionView v, String label) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Node p : List.of(SKOS.altLabel.asNode(), DescriptionView.FOAF_NAME)) {
            v.d.find(Node.ANY, v.node, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) names.putIfAbsent(q.getObject().getLiteralLexicalForm(), q.getObject().getLiteralLanguage());
            });
        }
        names.remove(label);
        List<Alias> out = new ArrayList<>();
        names.forEach((text, lang) -> out.add(new Alias(text, lang, papers.using(text).stream().map(Papers.Paper::citeLink).toList())));
        return out;
    }

    private Reference reference(Map<String, String> r, String says, String recordKey) {
        Link paper = papers.get(r.get("paper")).map(Papers.Paper::citeLink).orElse(link(r.get("paper"), null));
        Link conflict = r.get("conflict") == null ? null : link(r.get("conflict"), r.getOrDefault("conflictTopic", "conflict"));
        return new Reference(paper, r.get("page"), r.get("quote"), says, link(r.get(recordKey), "record"), conflict);
    }

    /** One statement per person and post (or organization and role), the per-mention records as its references. */
    StatementGroup posts(String iri, List<Map<String, String>> rows) {
        if (rows.isEmpty()) return null;
        boolean isPerson = rows.stream().allMatch(r -> iri.equals(r.get("person")));
        Map<String, List<Map<String, String>>> byStatement = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            // a holding with references is one statement already; older per-mention records fold by person and post
            String what = r.get("post") != null ? r.get("post") : r.get("org") + "|" + r.getOrDefault("role", "");
            String key = "true".equals(r.get("structured")) ? r.get("membership") : r.get("person") + "|" + what;
            byStatement.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Statement> statements = new ArrayList<>();
        for (List<Map<String, String>> records : byStatement.values()) {
            Map<String, String> first = records.get(0);
            String postName = first.get("post") != null ? first.getOrDefault("postLabel", first.get("post")) : first.getOrDefault("role", "member");
            Link value = isPerson
                ? link(first.get("post") != null ? first.get("post") : first.get("org"), postName)
                : link(first.get("person"), first.getOrDefault("personLabel", first.get("person")));
            String text = isPerson
                ? "at " + first.getOrDefault("orgLabel", first.get("org"))
                : postName + (iri.equals(first.get("org")) ? "" : ", " + first.getOrDefault("orgLabel", first.get("org")));
            List<Reference> refs = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Map<String, String> r : records) {
                // one reference per record: a record can come back once per page or conflict
                if (!seen.add(r.get("ref"))) continue;
                String says = dates(r) + (r.get("role") == null ? "" : " · “" + r.get("role") + "”");
                refs.add(reference(r, says, "ref"));
            }
            statements.add(new Statement(value, text, period(records), refs, null));
        }
        statements.sort(Comparator.comparing((Statement s) -> s.qualifier() == null ? "~" : s.qualifier()).thenComparing(s -> s.value().label()));
        return new StatementGroup("posts", isPerson ? "Posts held" : "Post holders", statements);
    }

    /** The period of a post across its records: the span of stated start and end dates, else the dates it is attested at. */
    static String period(List<Map<String, String>> records) {
        TreeSet<String> starts = new TreeSet<>(), ends = new TreeSet<>(), attested = new TreeSet<>();
        for (Map<String, String> r : records) {
            if (r.get("start") != null) starts.add(r.get("start"));
            if (r.get("end") != null) ends.add(r.get("end"));
            if (r.get("attested") != null) attested.add(r.get("attested"));
        }
        if (!starts.isEmpty() || !ends.isEmpty()) {
            return (starts.isEmpty() ? "?" : starts.first()) + " – " + (ends.isEmpty() ? "" : ends.last());
        }
        if (!attested.isEmpty()) return "in office " + String.join(", ", attested);
        return null;
    }

    static String dates(Map<String, String> r) {
        if (r.get("start") != null || r.get("end") != null) return r.getOrDefault("start", "?") + " – " + r.getOrDefault("end", "");
        return r.get("attested") != null ? "in office " + r.get("attested") : "no date";
    }

    /** Outgoing statements grouped by property, each value with the evidence that states it. */
    private List<StatementGroup> facts(DescriptionView v, List<Map<String, String>> evidence, Map<String, Map<String, String>> sides,
                                       List<Statement> inferred) {
        Map<String, List<Statement>> byProperty = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (DescriptionView.Fact f : v.facts()) {
            String property = f.property().getURI();
            if (HEADER.contains(property) || f.value().isBlank()) continue;
            Link value = f.value().isURI() ? link(v, f.value()) : null;
            String text = f.value().isLiteral() ? f.value().getLiteralLexicalForm() : null;
            if (DescriptionView.inferredOnly(f.graphs())) {
                inferred.add(new Statement(value, v.label(f.property()) + (text == null ? "" : ": " + text), null, List.of(), "inferred"));
                continue;
            }
            if (property.equals(SIDE) && value != null && sides.containsKey(value.iri())) {
                // a conflict's side: named by its paper and page, what it holds, and its words
                Map<String, String> side = sides.get(value.iri());
                String paper = papers.get(side.get("paper")).map(Papers.Paper::shortCite).orElse(value.label());
                Link named = new Link(value.href(), paper + (side.get("page") == null ? "" : ", p. " + side.get("page")), value.iri());
                titles.putIfAbsent(property, "Sides");
                byProperty.computeIfAbsent(property, k -> new ArrayList<>())
                    .add(new Statement(named, side.get("value"), null, List.of(reference(side, null, "side")), null));
                continue;
            }
            List<Reference> refs = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Map<String, String> e : evidence) {
                if (!property.equals(e.get("property")) || !matches(f.value(), e.get("value"))) continue;
                if (!seen.add(e.get("evidence") + "|" + e.get("conflict"))) continue;
                refs.add(reference(e, null, "evidence"));
            }
            String source = refs.isEmpty() ? sourceOf(f.graphs()) : null;
            titles.putIfAbsent(property, FACT_TITLES.getOrDefault(property, capitalize(v.label(f.property()))));
            byProperty.computeIfAbsent(property, k -> new ArrayList<>()).add(new Statement(value, text, null, refs, source));
        }
        List<StatementGroup> out = new ArrayList<>();
        byProperty.forEach((p, statements) -> out.add(new StatementGroup(p.replaceAll(".*[/#]", ""), titles.get(p), statements)));
        return out;
    }

    private static boolean matches(Node value, String lexical) {
        if (lexical == null) return false;
        return value.isURI() ? value.getURI().equals(lexical) : value.isLiteral() && value.getLiteralLexicalForm().equals(lexical);
    }

    /** Where an unquoted statement comes from: the curated entity records, or a paper's graph. */
    private String sourceOf(Set<String> graphs) {
        List<String> names = new ArrayList<>();
        for (String g : graphs) {
            String name = g.substring(g.lastIndexOf('/') + 1);
            names.add(switch (name) {
                case "entities" -> "curated entity record";
                case "inferred" -> "inferred";
                case "ontology" -> "ontology";
                default -> "graph of " + papers.get(idBase + "id/document/" + name).map(Papers.Paper::shortCite).orElse(name);
            });
        }
        return String.join("; ", names);
    }

    private List<ClaimRef> claims(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> byClaim = new LinkedHashMap<>();
        for (Map<String, String> r : rows) byClaim.computeIfAbsent(r.get("claim"), k -> new ArrayList<>()).add(r);
        List<ClaimRef> out = new ArrayList<>();
        byClaim.forEach((claim, rs) -> {
            Map<String, String> r = rs.get(0);
            List<String> roles = rs.stream().map(x -> x.get("role")).distinct().toList();
            Link paper = papers.get(r.get("paper")).map(Papers.Paper::citeLink).orElse(link(r.get("paper"), null));
            out.add(new ClaimRef(link(claim, r.get("label")), roles, paper, r.get("page")));
        });
        return out;
    }

    private void incoming(DescriptionView v, Map<Node, List<Node>> in, List<Incoming> shown, List<Incoming> bookkeeping,
                          Map<String, String> conflictTopics) {
        for (var e : in.entrySet()) {
            String p = e.getKey().getURI();
            if (SHOWN_ELSEWHERE.contains(p)) continue;
            List<Link> subjects = e.getValue().stream().filter(Node::isURI).limit(MAX_INCOMING_PER_RELATION)
                .map(n -> conflictTopics.containsKey(n.getURI()) ? link(n.getURI(), conflictTopics.get(n.getURI())) : link(v, n)).toList();
            int more = Math.max(0, (int) e.getValue().stream().filter(Node::isURI).count() - MAX_INCOMING_PER_RELATION);
            if (subjects.isEmpty()) continue;
            boolean keep = INCOMING.containsKey(p) && !BOOKKEEPING.contains(p) && shown != bookkeeping;
            String heading = INCOMING.getOrDefault(p, "Has it as " + v.label(e.getKey()));
            (keep ? shown : bookkeeping).add(new Incoming(heading, subjects, more));
        }
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
