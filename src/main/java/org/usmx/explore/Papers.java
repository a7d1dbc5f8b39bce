package org.usmx.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.usmx.linkeddata.LocalPaths;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/** The source papers with the short names a reader compares them by ("Rodríguez Sumano 2007"). */
public final class Papers {

    private static final Query PAPERS = ClasspathQueries.query("sparql/explore-papers.rq");

    /** id is the slug (downie-2011); short is the author's surname as printed plus the year. */
    public record Paper(String id, String iri, String href, String readerHref, String title, String shortName) {}

    private final List<Paper> papers = new ArrayList<>();

    public Papers(SelectRunner runner, String idBase) {
        for (Map<String, String> r : runner.select(PAPERS, Map.of()).rows()) {
            String iri = r.get("paper");
            String id = iri.substring(iri.lastIndexOf('/') + 1);
            papers.add(new Paper(id, iri, LocalPaths.page(iri, idBase), "/read/" + id, r.getOrDefault("title", id), shortName(id, r.get("name"))));
        }
    }

    /** "rodriguez-sumano-2007" + "Abelardo Rodríguez Sumano" → "Rodríguez Sumano 2007": as many final name words as the slug has before the year. */
    static String shortName(String id, String name) {
        String[] slug = id.split("-");
        String year = slug[slug.length - 1];
        if (name == null) return String.join(" ", Arrays.copyOf(slug, slug.length - 1)) + " " + year;
        String[] words = name.trim().split("\\s+");
        int n = Math.min(slug.length - 1, words.length);
        return String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)) + " " + year;
    }

    /** {"paper IRI": "short name", …} for scripts, which read it from a data-papers attribute. */
    public String namesAsJson() {
        Map<String, String> names = new java.util.TreeMap<>();
        papers.forEach(p -> names.put(p.iri(), p.shortName()));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(names);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Paper> all() {
        return papers;
    }

    public Optional<Paper> byIri(String iri) {
        return papers.stream().filter(p -> p.iri().equals(iri)).findFirst();
    }

    public Optional<Paper> byId(String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The short name of a paper IRI, or the IRI's last segment. */
    public String shortName(String iri) {
        return byIri(iri).map(Paper::shortName).orElse(iri == null ? "" : iri.substring(iri.lastIndexOf('/') + 1));
    }
}
