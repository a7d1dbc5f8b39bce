package org.usmx.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns every {@code usmx:quote} into a Web Annotation anchored in its paper's canonical text:
 * TextQuoteSelector (exact, prefix, suffix), TextPositionSelector (start, end in code points),
 * the page(s), the notes whose markers fall in or right after the passage, and the section.
 * Curators write only the quote; everything positional is derived here, so it cannot drift.
 */
public final class QuoteAnchorer {

    /** Characters of context kept on each side as prefix/suffix. */
    static final int CONTEXT = 32;
    /** How far after a passage a marker may stand and still belong to it (punctuation only between). */
    static final int MARKER_SLACK = 4;

    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String USMX = "https://w3id.org/usmx/ontology#";

    private final org.usmx.iri.IriPolicy iris;

    /** Anchors quotes of data written under the default base (the data files' base). */
    public QuoteAnchorer() {
        this(org.usmx.iri.IriPolicy.DEFAULT);
    }

    public QuoteAnchorer(org.usmx.iri.IriPolicy iris) {
        this.iris = iris;
    }

    /** Where one quote came from, for anchoring and for error messages. */
    public record QuoteRef(Node subject, String quote, int occurrence, String graph) {}

    /** A quote that could not be anchored. */
    public record Problem(String graph, String subject, String message) {
        @Override public String toString() { return graph + " " + subject + ": " + message; }
    }

    /** Anchors one quote, writing the annotation into {@code out}; returns a problem or null. */
    public Problem anchor(QuoteRef ref, SourceText source, List<SourceText.SectionStart> sections, Graph out) {
        List<Integer> hits = source.occurrences(ref.quote());
        if (hits.isEmpty()) {
            return new Problem(ref.graph(), ref.subject().getURI(), "quote not found in canonical text of "
                + source.documentIri() + ": \"" + abbreviate(ref.quote()) + "\"");
        }
        if (ref.occurrence() < 0 || ref.occurrence() > hits.size()) {
            return new Problem(ref.graph(), ref.subject().getURI(), "usmx:occurrence " + ref.occurrence()
                + " but the quote occurs " + hits.size() + " time(s)");
        }
        if (hits.size() > 1 && ref.occurrence() == 0) {
            return new Problem(ref.graph(), ref.subject().getURI(), "quote occurs " + hits.size()
                + " times; add usmx:occurrence n: \"" + abbreviate(ref.quote()) + "\"");
        }
        int at16 = hits.get(Math.max(ref.occurrence(), 1) - 1);
        int end16 = at16 + ref.quote().length();
        String text = source.text();
        int start = source.codePoint(at16);
        int end = source.codePoint(end16);

        Node subject = ref.subject();
        Node annotation = iri(annotationBase(subject));
        Node target = iri(annotationBase(subject) + "/target");
        Node quoteSel = iri(annotationBase(subject) + "/quote");
        Node posSel = iri(annotationBase(subject) + "/position");
        Node doc = iri(source.documentIri());
        Consumer<Triple> add = out::add;

        add.accept(Triple.create(subject, usmx("evidence"), annotation));
        add.accept(Triple.create(annotation, RDF.type.asNode(), oa("Annotation")));
        add.accept(Triple.create(annotation, oa("motivatedBy"), oa("describing")));
        add.accept(Triple.create(annotation, oa("hasBody"), subject));
        add.accept(Triple.create(annotation, oa("hasTarget"), target));
        add.accept(Triple.create(target, RDF.type.asNode(), oa("SpecificResource")));
        add.accept(Triple.create(target, oa("hasSource"), doc));
        add.accept(Triple.create(target, oa("hasSelector"), quoteSel));
        add.accept(Triple.create(target, oa("hasSelector"), posSel));
        add.accept(Triple.create(quoteSel, RDF.type.asNode(), oa("TextQuoteSelector")));
        add.accept(Triple.create(quoteSel, oa("exact"), NodeFactory.createLiteralString(ref.quote())));
        add.accept(Triple.create(quoteSel, oa("prefix"), NodeFactory.createLiteralString(context(text, at16, -1))));
        add.accept(Triple.create(quoteSel, oa("suffix"), NodeFactory.createLiteralString(context(text, end16, +1))));
        add.accept(Triple.create(posSel, RDF.type.asNode(), oa("TextPositionSelector")));
        add.accept(Triple.create(posSel, oa("start"), integer(start)));
        add.accept(Triple.create(posSel, oa("end"), integer(end)));

        List<SourceText.Page> pages = source.pagesOf(start, end);
        // A passage quoted from a note's text is on the note's page: the page of its marker (notes
        // printed at the end of a paper are not on the page that prints them, as far as readers cite).
        var note = source.noteHolding(start, end).filter(n -> !n.noteIri().equals(subject.getURI()));
        if (note.isPresent()) {
            List<SourceText.Page> notePage = source.pagesOf(note.get().markerOffset(), note.get().markerOffset() + 1);
            if (!notePage.isEmpty()) pages = notePage;
            add.accept(Triple.create(annotation, usmx("inNote"), iri(note.get().noteIri())));
        }
        if (!pages.isEmpty()) {
            add.accept(Triple.create(annotation, usmx("page"), integer(pages.get(0).number())));
            int last = pages.get(pages.size() - 1).number();
            if (last != pages.get(0).number()) add.accept(Triple.create(annotation, usmx("endPage"), integer(last)));
        }
        for (SourceText.Marker m : supportingMarkers(source, at16, end16, start, end)) {
            add.accept(Triple.create(subject, usmx("supportedBy"), iri(m.noteIri())));
            add.accept(Triple.create(annotation, usmx("supportedBy"), iri(m.noteIri())));
        }
        sections.stream()
            .filter(s -> s.offset() <= start)
            .max(Comparator.comparingInt(SourceText.SectionStart::offset))
            .filter(s -> !s.sectionIri().equals(subject.getURI()))
            .ifPresent(s -> add.accept(Triple.create(subject, usmx("section"), iri(s.sectionIri()))));
        return null;
    }

    /** Markers strictly inside the passage, or right after it with only punctuation between. */
    static List<SourceText.Marker> supportingMarkers(SourceText source, int at16, int end16, int start, int end) {
        List<SourceText.Marker> result = new ArrayList<>();
        String text = source.text();
        for (SourceText.Marker m : source.markers()) {
            if (m.offset() > start && m.offset() < end) {
                result.add(m);
            } else if (m.offset() >= end && m.offset() <= end + MARKER_SLACK) {
                int gapEnd16 = text.offsetByCodePoints(end16, Math.min(m.offset() - end, text.codePointCount(end16, text.length())));
                if (text.substring(end16, gapEnd16).chars().allMatch(QuoteAnchorer::isTrailingPunctuation)) result.add(m);
            }
        }
        return result;
    }

    private static boolean isTrailingPunctuation(int c) {
        return ".,;:!?)]\"'’”»—–-".indexOf(c) >= 0;
    }

    /** Annotation IRIs mirror the subject: id/claim/x → id/annotation/claim/x (the URI policy's rule). */
    String annotationBase(Node subject) {
        return iris.annotation(subject.getURI());
    }

    private static String context(String text, int index16, int direction) {
        if (direction < 0) {
            int from = index16;
            for (int i = 0; i < CONTEXT && from > 0; i++) from = text.offsetByCodePoints(from, -1);
            return text.substring(from, index16);
        }
        int to = index16;
        for (int i = 0; i < CONTEXT && to < text.length(); i++) to = text.offsetByCodePoints(to, 1);
        return text.substring(index16, to);
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    private static Node oa(String local) { return iri(OA + local); }

    private static Node usmx(String local) { return iri(USMX + local); }

    private static Node integer(int v) { return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger); }
}
