package org.usmx.readmodel;

import java.util.List;

/** "Cite this": a plain-text and a BibTeX citation of an entity or claim, its IRI and the papers it rests on. */
public final class Citations {

    static final String GRAPH = "usmx-kg: US–Mexico defense and security relations knowledge graph";

    private Citations() {}

    public static EntityView.Citation entity(String label, String iri, List<String> papers) {
        String sources = papers.isEmpty() ? "" : " Sources: " + String.join("; ", papers) + ".";
        String plain = label + ". In " + GRAPH + ". " + iri + "." + sources;
        String bibtex = "@misc{" + key(iri) + ",\n"
            + "  title = {" + bib(label) + "},\n"
            + "  howpublished = {" + bib(GRAPH) + "},\n"
            + "  url = {" + iri + "}" + (papers.isEmpty() ? "" : ",\n  note = {Sources: " + bib(String.join("; ", papers)) + "}") + "\n}";
        return new EntityView.Citation(plain, bibtex);
    }

    /** A claim: the paper it is stated in (author, year, title, page) and the claim's IRI. */
    public static EntityView.Citation claim(String label, String iri, Papers.Paper paper, String page) {
        String where = paper == null ? "" : " " + (paper.author() == null ? "" : paper.author() + ", ") + "“" + paper.title() + "”"
            + (paper.year().isEmpty() ? "" : " (" + paper.year() + ")") + (page == null ? "" : ", p. " + page) + ".";
        String plain = "Claim: " + label + "." + where + " In " + GRAPH + ". " + iri + ".";
        String bibtex = "@misc{" + key(iri) + ",\n"
            + "  title = {" + bib(label) + "},\n"
            + "  howpublished = {" + bib(GRAPH) + "},\n"
            + "  url = {" + iri + "}"
            + (paper == null ? "" : ",\n  note = {Claim stated in " + bib((paper.author() == null ? "" : paper.author() + ", ") + paper.title()
                + (paper.year().isEmpty() ? "" : " (" + paper.year() + ")") + (page == null ? "" : ", p. " + page)) + "}")
            + "\n}";
        return new EntityView.Citation(plain, bibtex);
    }

    static String key(String iri) {
        String[] parts = iri.split("/");
        String k = parts.length >= 2 ? parts[parts.length - 2] + "-" + parts[parts.length - 1] : iri;
        return "usmx-" + k.replaceAll("[^A-Za-z0-9-]", "");
    }

    /** BibTeX braces a value; braces and backslashes inside it would break the entry. */
    static String bib(String s) {
        return s.replace("\\", "").replace("{", "(").replace("}", ")");
    }
}
