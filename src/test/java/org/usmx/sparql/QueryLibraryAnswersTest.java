package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.usmx.testing.RealGraph;
import org.usmx.testing.TestProject;

/**
 * Every query of the public library, run with its declared defaults over the real curated
 * data, answers what its "# expect:" headers say: for each such line, one row holds every
 * " | "-separated fragment (in any of its cells). Expectations name rows, not whole answers,
 * so curation can grow without rewriting them.
 */
class QueryLibraryAnswersTest {

    private static final QueryLibrary LIBRARY = new QueryLibrary(TestProject.repositoryRoot().resolve("queries"));

    static List<String> library() {
        return LIBRARY.all().stream().map(QueryLibrary.Entry::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void answersWhatItsHeaderExpects(String name) {
        QueryLibrary.Entry entry = LIBRARY.get(name).orElseThrow();
        assertFalse(entry.expectations().isEmpty(), entry.name() + " declares no '# expect:' line");
        SelectRunner runner = new SelectRunner(RealGraph.dataset(), Duration.ofSeconds(60));
        SelectRunner.Result result = runner.select(entry.query(), QueryLibrary.bind(entry, Map.of()));
        for (String expectation : entry.expectations()) {
            List<String> fragments = Arrays.stream(expectation.split("\\s\\|\\s")).map(String::strip).toList();
            boolean found = result.rows().stream().anyMatch(row -> fragments.stream()
                .allMatch(f -> row.values().stream().anyMatch(cell -> cell.contains(f))));
            assertTrue(found, entry.name() + ": no row holds " + fragments + " among " + result.rows().size() + " rows, e.g. "
                + result.rows().stream().limit(3).toList());
        }
    }
}
