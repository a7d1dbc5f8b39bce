package org.usmx.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.usmx.readmodel.ClaimView.Footnote;
import org.usmx.readmodel.ClaimView.Related;
import org.usmx.readmodel.ClaimView.Slot;
import org.usmx.readmodel.ClaimView.Work;

/**
 * Builds a {@link ClaimView} from the claim's description, its provenance trace (see
 * provenance.ClaimTrace: typed values in plain maps), the few fields the trace leaves out
 * (page-claim-extra.rq) and the paper's canonical text, when readable.
 */
public final class ClaimReader {

    /** The trace's link roles shown as rows, in reading order, with their headings. */
    private static final Map<String, String> ROLES = roles();

    private final Papers papers;
    private final EntityReader entities;
    private final String idBase;

    public ClaimReader(Papers papers, EntityReader entities, String idBase) {
        this.papers = papers;
        this.entities = entities;
        this.idBase = idBase;
    }

    private static Map<String, String> roles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("about", "About");
        m.put("cause", "Cause");
        m.put("effect", "Effect");
        m.put("polarity", "Polarity");
        m.put("modality", "Modality");
        m.put("recommendedTo", "Recommended to");
        return m;
    }

    @SuppressWarnings("unchecked")
    public ClaimView read(DescriptionView v, Map<String, Object> trace, Map<String, String> extra, Optional<String> text) {
        Map<String, Object> ev = (Map<String, Object>) trace.get("evidence");
        Map<String, String> source = (Map<String, String>) ev.get("source");
        String paperIri = source.get("iri");
        Link paperTitled = Link.to(paperIri, source.get("title").isEmpty() ? paperIri : source.get("title"), idBase);
        Link paperCited = papers.get(paperIri).map(Papers.Paper::citeLink).orElse(paperTitled);
        String page = pages(ev);
        Link section = ev.get("section") instanceof Map<?, ?> s ? Link.to((String) s.get("iri"), (String) s.get("title"), idBase) : null;

        List<Slot> slots = new ArrayList<>();
        slot(slots, "Type", targets(v, trace, "type"), null, null);
        slots.add(new Slot("Stated in", List.of(paperTitled), page == null ? null : ", p. " + page, null));
        if (section != null) slots.add(new Slot("Section", List.of(section), null, null));
        slot(slots, "Attributed to", targets(v, trace, "attributedTo"), null, extra.get("attributionNote"));
        for (var role : ROLES.entrySet()) slot(slots, role.getValue(), targets(v, trace, role.getKey()), null, null);
        if (extra.get("optionLabel") != null) slots.add(new Slot("Option", List.of(), extra.get("optionLabel"), null));
        if (extra.get("condition") != null) slots.add(new Slot("Condition", List.of(), extra.get("condition"), null));
        slot(slots, "Consequence", targets(v, trace, "consequence"), null, null);
        slot(slots, "Consequence of", targets(v, trace, "consequenceOf"), null, null);
        slot(slots, "Elaborates", targets(v, trace, "elaborates"), null, null);

        Integer start = (Integer) ev.get("start"), end = (Integer) ev.get("end");
        Passage passage = text.isPresent() && start != null && end != null ? Passage.around(text.get(), start, end) : null;

        List<Related> conflicting = related((List<Map<String, Object>>) trace.get("conflictsWith"));
        List<Link> conflicts = conflicting.stream().map(Related::conflict).filter(c -> c != null).distinct().toList();
        String label = v.label(v.node);
        List<String> descriptions = new ArrayList<>(v.literals(SKOS.definition.asNode()));
        descriptions.addAll(v.literals(RDFS.comment.asNode()));
        Papers.Paper paper = papers.get(paperIri).orElse(null);
        return new ClaimView(v.iri, label, targets(v, trace, "type"), descriptions, (String) ev.get("quote"), paperCited, page, section,
            conflicts, passage, passage == null ? null : extra.getOrDefault("text", ""), start, end, slots,
            footnotes((List<Map<String, Object>>) trace.get("footnotes")),
            related((List<Map<String, Object>>) trace.get("agreesWith")), conflicting,
            entities.linkedFrom(v), entities.formats(v.iri), Citations.claim(label, v.iri, paper, page));
    }

    private static void slot(List<Slot> slots, String name, List<Link> values, String text, String note) {
        if (!values.isEmpty()) slots.add(new Slot(name, values, text, note));
    }

    private static String pages(Map<String, Object> ev) {
        if (ev.get("page") == null) return null;
        return ev.get("page") + (ev.get("endPage") != null ? "–" + ev.get("endPage") : "");
    }

    /** The resources the trace gives for a role, labelled (a short name when the graph has no label). */
    @SuppressWarnings("unchecked")
    private List<Link> targets(DescriptionView v, Map<String, Object> trace, String role) {
        if (!(trace.get(role) instanceof List<?> list)) return List.of();
        List<Link> out = new ArrayList<>();
        for (Object o : list) {
            Map<String, String> t = (Map<String, String>) o;
            String iri = t.get("iri");
            out.add(Link.to(iri, t.getOrDefault("label", DescriptionView.shortName(NodeFactory.createURI(iri), idBase)), idBase));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Footnote> footnotes(List<Map<String, Object>> notes) {
        List<Footnote> out = new ArrayList<>();
        for (Map<String, Object> n : notes) {
            List<Work> works = new ArrayList<>();
            for (Map<String, String> w : (List<Map<String, String>>) n.get("cites")) {
                works.add(new Work(w.get("author"), Link.to(w.get("iri"), w.getOrDefault("title", w.get("iri")), idBase), w.get("container"),
                    w.get("publisher"), w.get("issued"), w.get("pages"), w.get("url"), w.get("form")));
            }
            out.add(new Footnote(Link.to((String) n.get("iri"), "Note " + n.get("number"), idBase), (String) n.get("text"), works));
        }
        return out;
    }

    /** The trace's related claims; its values are typed (a page is a number), so each is read as text. */
    private List<Related> related(List<Map<String, Object>> claims) {
        List<Related> out = new ArrayList<>();
        for (Map<String, Object> c : claims) {
            String iri = text(c, "iri"), paper = text(c, "paper"), conflict = text(c, "conflict");
            Link paperLink = papers.get(paper).map(Papers.Paper::citeLink).orElse(Link.to(paper, null, idBase));
            Link conflictLink = conflict == null ? null
                : new Link("/conflicts/" + conflict.substring(conflict.lastIndexOf('/') + 1), c.containsKey("topic") ? text(c, "topic") : "conflict", conflict);
            out.add(new Related(Link.to(iri, c.containsKey("label") ? text(c, "label") : iri, idBase), text(c, "quote"), paperLink,
                text(c, "page"), conflictLink));
        }
        return out;
    }

    private static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }
}
