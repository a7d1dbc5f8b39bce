package org.usmx.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.usmx.sparql.Prefixes;
import org.usmx.testing.RealGraph;
import org.usmx.testing.TestProject;

/**
 * Questions a researcher asks of the curated graph, each with its exact answer.
 *
 * <p>Every {@code src/test/resources/questions/{set}/NAME.rq} (a SELECT with ORDER BY, a
 * "# Question:" header) is run over the real data/ and its CSV result must equal
 * {@code NAME.csv} beside it, as {@code usmx query NAME.rq -f csv} prints it. The curator who
 * wrote the question checked that answer against the paper; a change to the data that alters it
 * fails here until the answer file is reviewed again. Each paper's set and the cross-paper set
 * hold at least ten questions, a topic set (e.g. quantities) at least four.
 */
class ResearchQuestionsTest {

    static final Path ROOT = TestProject.repositoryRoot().resolve("src/test/resources/questions");

    static Stream<Path> questions() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    static Stream<Path> sets() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void eachSetAsksEnoughQuestions(Path set) throws IOException {
        // ten for each paper's set and the cross-paper set (issues 5 and 6); four for a topic set
        int floor = set.getFileName().toString().matches(".*-\\d{4}|crosspaper") ? 10 : 4;
        try (Stream<Path> files = Files.list(set)) {
            long n = files.filter(p -> p.toString().endsWith(".rq")).count();
            assertTrue(n >= floor, set.getFileName() + " has " + n + " questions, fewer than " + floor);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void answersAsRecorded(Path rq) throws IOException {
        String text = Files.readString(rq, StandardCharsets.UTF_8);
        assertTrue(text.contains("# Question:"), rq + " has no '# Question:' header");
        Query q = new Query();
        q.setPrefixMapping(Prefixes.mapping());
        QueryFactory.parse(q, text, null, null);
        assertTrue(q.isSelectType() && q.hasOrderBy(), rq + " must be a SELECT with ORDER BY");
        Path expectedFile = rq.resolveSibling(rq.getFileName().toString().replaceFirst("\\.rq$", ".csv"));
        assertTrue(Files.exists(expectedFile), "no recorded answer " + expectedFile);
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        assertTrue(expected.lines().count() > 1, expectedFile + " records an empty answer");
        assertEquals(expected, csv(q).replace("\r\n", "\n").strip(), rq.toString());
    }

    static String csv(Query q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(RealGraph.dataset(), () -> {
            RowSet rows = QueryExec.dataset(RealGraph.dataset()).query(q).select();
            ResultSetFormatter.outputAsCSV(out, org.apache.jena.query.ResultSet.adapt(rows));
        });
        return out.toString(StandardCharsets.UTF_8);
    }

}
