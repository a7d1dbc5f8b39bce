package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.usmx.store.DataFiles;
import org.usmx.testing.RealGraph;
import org.usmx.testing.TestProject;
import org.usmx.validate.DataValidator;
import org.usmx.validate.Violation;

/** The curated graph as committed: valid, every quote anchored at the right offsets. */
class RealDataTest {

    @Test
    void theCuratedDataHasNoViolations() {
        DataFiles files = new DataFiles(TestProject.repositoryRoot().resolve("data"), TestProject.repositoryRoot().resolve("ontology"));
        List<Violation> v = DataValidator.standard(files).validate().violations();
        assertEquals(List.of(), v.stream().limit(40).map(Violation::toString).toList(), v.size() + " violation(s)");
    }

    @Test
    void everyQuoteIsVerbatimAtItsRecordedOffsets() throws Exception {
        List<String> rows = RealGraph.rows("""
            SELECT ?file ?start ?end ?exact WHERE {
              ?a oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?q , ?p .
              ?doc usmx:canonicalText ?file . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
            }""");
        assertTrue(rows.size() > 0);
        List<String> wrong = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split("\\|", 4);
            String text = Files.readString(TestProject.repositoryRoot().resolve("data").resolve(f[0]), StandardCharsets.UTF_8);
            int start = text.offsetByCodePoints(0, Integer.parseInt(f[1]));
            int end = text.offsetByCodePoints(0, Integer.parseInt(f[2]));
            if (!text.substring(start, end).equals(f[3])) wrong.add(row);
        }
        assertEquals(List.of(), wrong);
    }
}
