package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;

/** The public query library parses and documents itself; parameters become terms, never text. */
class QueryLibraryTest {

    private static final QueryLibrary LIBRARY = new QueryLibrary(TestProject.repositoryRoot().resolve("queries"));

    @Test
    void atLeastTwentyFiveDocumentedQueries() throws Exception {
        assertTrue(LIBRARY.all().size() >= 25, "queries: " + LIBRARY.all().size());
        String readme = Files.readString(TestProject.repositoryRoot().resolve("queries/README.md"));
        for (QueryLibrary.Entry e : LIBRARY.all()) {
            assertFalse(e.title().equals(e.name()), e.name() + " has no title header");
            assertFalse(e.description().isBlank(), e.name() + " has no description header");
            assertTrue(e.query().isSelectType() || e.query().isConstructType() || e.query().isAskType(), e.name());
            assertTrue(e.query().hasOrderBy() || !e.query().isSelectType(), e.name() + " output is not sorted");
            assertTrue(readme.contains("`" + e.name() + ".rq`"), e.name() + " missing from queries/README.md");
            for (QueryLibrary.Param p : e.params()) {
                assertTrue(e.query().getQueryPattern().toString().contains("?" + p.name()), e.name() + " does not use ?" + p.name());
            }
        }
    }

    @Test
    void parameterValuesAreCheckedTerms() {
        QueryLibrary.Param iri = new QueryLibrary.Param("x", "iri", null, "");
        assertEquals("https://w3id.org/usmx/id/org/sedena", QueryLibrary.toNode(iri, "inst:sedena").getURI());
        assertThrows(IllegalArgumentException.class, () -> QueryLibrary.toNode(iri, "x> } SELECT * { ?s ?p ?o"));
        assertThrows(IllegalArgumentException.class, () -> QueryLibrary.toNode(new QueryLibrary.Param("d", "date", null, ""), "2010-13-99x"));
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth",
            QueryLibrary.toNode(new QueryLibrary.Param("d", "date", null, ""), "2010-02").getLiteralDatatypeURI());
    }

    @Test
    void bindingUsesGivenValuesThenDeclaredDefaultsAndRefusesUndeclaredOrMistypedNames() {
        QueryLibrary.Entry aliases = LIBRARY.get("aliases").orElseThrow();
        assertEquals(List.of("entity"), aliases.params().stream().map(QueryLibrary.Param::name).toList());
        assertEquals("https://w3id.org/usmx/id/org/sedena", QueryLibrary.bind(aliases, Map.of()).get("entity").getURI(),
            "the declared default inst:sedena");
        assertEquals("https://w3id.org/usmx/id/person/gene-renuart",
            QueryLibrary.bind(aliases, Map.of("entity", "person:gene-renuart")).get("entity").getURI());
        QueryLibrary.BadParameter undeclared = assertThrows(QueryLibrary.BadParameter.class,
            () -> QueryLibrary.bind(aliases, Map.of("entitty", "inst:sedena")));
        assertEquals("entitty", undeclared.param());
        QueryLibrary.BadParameter notAnIri = assertThrows(QueryLibrary.BadParameter.class,
            () -> QueryLibrary.bind(aliases, Map.of("entity", "x> } SELECT * { ?s ?p ?o")));
        assertEquals("entity", notAnIri.param());
    }
}
