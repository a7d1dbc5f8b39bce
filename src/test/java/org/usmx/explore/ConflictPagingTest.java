package org.usmx.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RealGraph;
import org.usmx.testing.RunningServer;

/** /conflicts filters in SPARQL over the real graph: kinds, papers and their counts match the data; nothing held per conflict. */
class ConflictPagingTest {

    private static List<String> listed(String path) {
        String html = RunningServer.real().get(path).body();
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-conflict=\"([^\"]+)\"").matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static List<String> slugs(String sparqlWhere) {
        return RealGraph.rows("SELECT DISTINCT ?c WHERE { " + sparqlWhere + " } ORDER BY ?c").stream()
            .map(c -> c.substring(c.lastIndexOf('/') + 1)).toList();
    }

    @Test
    void kindAndPaperFiltersListExactlyTheConflictsTheDataHas() {
        List<String> dates = slugs("?c a usmx:Conflict ; usmx:conflictKind usmx:DateConflict ; usmx:side ?s");
        assertTrue(dates.size() > 3, dates.toString());
        assertEquals(dates, listed("/conflicts?kind=DateConflict"));
        String html = RunningServer.real().get("/conflicts?kind=DateConflict").body();
        assertTrue(html.contains(">date conflict (" + dates.size() + ")<"), "the kind's count in the menu");
        List<String> downie = slugs("?c a usmx:Conflict ; usmx:side/usmx:statedIn <https://w3id.org/usmx/id/document/downie-2011>");
        assertEquals(downie, listed("/conflicts?paper=downie-2011"));
        List<String> both = slugs("?c a usmx:Conflict ; usmx:conflictKind usmx:JudgementConflict ; usmx:side/usmx:statedIn <https://w3id.org/usmx/id/document/downie-2011>");
        assertEquals(both, listed("/conflicts?kind=JudgementConflict&paper=downie-2011"));
        assertEquals(400, RunningServer.real().get("/conflicts?kind=Nope").statusCode());
        assertEquals(400, RunningServer.real().get("/conflicts?offset=-3").statusCode());
        assertEquals(List.of(), listed("/conflicts?offset=100000"));
        assertEquals(404, RunningServer.real().get("/conflicts/no-such-conflict").statusCode());
    }

    /** Fails if the catalogue of every conflict comes back as a field (a list, a map, an array). */
    @Test
    void theCatalogueHoldsNoCollectionOfConflicts() {
        for (Field f : ConflictCatalog.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Class<?> t = f.getType();
            assertFalse(java.util.Collection.class.isAssignableFrom(t) || java.util.Map.class.isAssignableFrom(t) || t.isArray(),
                "ConflictCatalog." + f.getName() + " is a " + t.getSimpleName() + ": conflicts are filtered and paged in SPARQL");
        }
    }
}
