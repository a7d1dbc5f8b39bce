package org.usmx.validate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL;
import org.usmx.store.ClasspathQueries;

/**
 * One entity per real thing: two entities whose names coincide after folding case, accents and
 * punctuation, spaces and a leading "the" ("Sedena", "SEDENA", "Secretaría"/"Secretaria",
 * "U.S. NORTHCOM"/"USNORTHCOM") are reported as likely duplicates,
 * unless declared owl:differentFrom each other.
 */
public final class DuplicateEntityCheck implements DataCheck {

    private static final Query NAMES = ClasspathQueries.query("sparql/check-entity-names.rq");

    @Override
    public String name() { return "duplicate-entity"; }

    @Override
    public List<Violation> check(DatasetGraph dataset) {
        Map<String, Set<String>> byName = new TreeMap<>();
        Map<String, String> shownName = new TreeMap<>();
        QueryExec.graph(dataset.getUnionGraph()).query(NAMES).select().forEachRemaining(b -> {
            String folded = fold(b.get("name").getLiteralLexicalForm());
            String key = compact(folded);
            shownName.putIfAbsent(key, folded);
            byName.computeIfAbsent(key, k -> new TreeSet<>()).add(b.get("entity").getURI());
        });
        Graph union = dataset.getUnionGraph();
        List<Violation> out = new ArrayList<>();
        byName.forEach((key, entities) -> {
            String name = shownName.get(key);
            if (entities.size() < 2 || key.isEmpty()) return;
            List<String> list = List.copyOf(entities);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (!declaredDifferent(union, list.get(i), list.get(j))) {
                        out.add(new Violation(name(), "<" + list.get(i) + ">", "",
                            "shares the name \"" + name + "\" with <" + list.get(j) + ">: merge them, or declare owl:differentFrom"));
                    }
                }
            }
        });
        return out;
    }

    /** Lower-case, accents removed, punctuation and spaces collapsed. */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /**
     * The key two names must share to be the same name: the folded name without a leading "the"
     * and without spaces, so acronym and punctuation variants meet ("U.S. NORTHCOM", "US-NORTHCOM",
     * "USNORTHCOM"; "the Mérida Initiative", "Merida Initiative").
     */
    static String compact(String folded) {
        return folded.replaceFirst("^the ", "").replace(" ", "");
    }

    private static boolean declaredDifferent(Graph g, String a, String b) {
        Node na = NodeFactory.createURI(a);
        Node nb = NodeFactory.createURI(b);
        return g.contains(na, OWL.differentFrom.asNode(), nb) || g.contains(nb, OWL.differentFrom.asNode(), na);
    }
}
