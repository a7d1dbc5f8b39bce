package org.usmx.curation.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every paper's recipe, found from the data: it reproduces the committed canonical text and
 * layout byte for byte, one paragraph per line, the same way every time.
 */
class RecipesTest {

    static final Path DATA = Path.of(System.getProperty("usmx.projectDir", ".")).toAbsolutePath().normalize().resolve("data");

    private static final Map<String, CleanedText> CLEANED = new ConcurrentHashMap<>();

    /** A paper's recipe output on the raw files in data/raw/, computed once per run. */
    static CleanedText cleaned(String paper) {
        return CLEANED.computeIfAbsent(paper, p -> new CanonicalTextWriter(DATA).run(p));
    }

    static List<String> papers() {
        return Papers.ids(DATA);
    }

    @Test
    void thePapersAreTheFoldersThatDeclareASourcePaper() {
        List<String> papers = papers();
        assertTrue(papers.size() >= 4, papers.toString());
        assertTrue(papers.containsAll(List.of("arzt-2009", "deare-2009", "downie-2011", "rodriguez-sumano-2007")), papers.toString());
        assertFalse(papers.contains("entities") || papers.contains("crosspaper") || papers.contains("raw") || papers.contains("sources"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void outputEqualsTheCommittedCanonicalTextAndLayout(String paper) throws Exception {
        String text = Files.readString(DATA.resolve("sources/" + paper + ".txt"), StandardCharsets.UTF_8);
        assertEquals(text, cleaned(paper).text());
        String layout = Files.readString(DATA.resolve(paper + "/layout.ttl"), StandardCharsets.UTF_8);
        assertEquals(layout, CanonicalTextWriter.renderLayout(paper, cleaned(paper)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void formatIsOneParagraphPerLineWithSingleBlankLines(String paper) {
        String t = cleaned(paper).text();
        assertFalse(t.contains("\r"));
        assertFalse(t.contains("\n\n\n"));
        assertTrue(t.endsWith("\n") && !t.endsWith("\n\n"));
        for (String p : t.strip().split("\n\n")) {
            assertFalse(p.isBlank());
            assertFalse(p.contains("\n"), p);
            assertEquals(p.strip(), p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void pageSpansAreOrderedAndDisjointAndMarkersInOrder(String paper) {
        CleanedText c = cleaned(paper);
        int last = 0;
        for (CleanedText.PageSpan p : c.pages()) {
            assertTrue(p.start() >= last && p.end() > p.start(), p.toString());
            last = p.end();
        }
        int length = c.text().codePointCount(0, c.text().length());
        assertTrue(last <= length);
        for (int i = 0; i < c.markers().size(); i++) {
            assertEquals(i + 1, c.markers().get(i).number());
            assertTrue(c.markers().get(i).offset() <= length);
            if (i > 0) assertTrue(c.markers().get(i).offset() >= c.markers().get(i - 1).offset());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void cleaningIsDeterministicAndEveryStepSaysWhy(String paper) {
        assertEquals(cleaned(paper), new CanonicalTextWriter(DATA).run(paper));
        Recipe recipe = Recipe.load(DATA, paper);
        for (Step s : recipe.steps()) assertFalse(s.why().isBlank(), paper + ": a " + s.type() + " step without why");
    }
}
