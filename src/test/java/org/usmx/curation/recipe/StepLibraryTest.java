package org.usmx.curation.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps on small texts: what each does, and that each fails when it matches other than it says. */
class StepLibraryTest {

    @TempDir Path raw;

    private static final String RAW = """
        A Title:

        The Subtitle

        First paragraph says hello.¹ It goes on

        ¹ A note, p. 3.

        and ends here.² Twice here.

        ² Another *note*.
        """;

    private CleanedText run(String steps) throws IOException {
        Files.writeString(raw.resolve("x.txt"), RAW, StandardCharsets.UTF_8);
        return Recipe.parse("x", "test recipe", "raw: [x.txt]\nsteps:\n" + steps).run(raw);
    }

    private String fails(String steps) {
        return assertThrows(RecipeException.class, () -> run(steps)).getMessage();
    }

    private static final String CLEAN = """
          - step: paragraphs
            why: one paragraph per line
          - step: join-paragraphs
            end: "A Title:"
            start: "The Subtitle"
            why: title split
          - step: extract-notes
            count: 2
            why: footnotes between paragraphs
          - step: join-paragraphs
            end: "It goes on"
            start: "and ends"
            why: page break
          - step: strip-italics
            spans: 1
            why: markdown
        """;

    @Test
    void aRecipeOfLibraryStepsCleansTheText() throws IOException {
        CleanedText c = run(CLEAN + """
              - step: replace
                find: "Twice here."
                with: "Once here."
                why: a slip
              - step: note-markers
                count: 2
                why: superscripts
              - step: mark-pages
                pages:
                  - page: 1
                    anchor: "|A Title"
                    certainty: inferred
                    why: the start
                  - page: 2
                    anchor: "|and ends here"
                    certainty: printed
                    why: after the note block
                why: a page break at the footnote block
            """);
        assertEquals("A Title: The Subtitle\n\nFirst paragraph says hello. It goes on and ends here. Once here.\n\n"
            + "Notes\n\n1 A note, p. 3.\n\n2 Another note.\n", c.text());
        String t = c.text();
        assertEquals(List.of(new CleanedText.NoteMarker(1, t.indexOf(" It goes")), new CleanedText.NoteMarker(2, t.indexOf(" Once"))), c.markers());
        assertEquals(List.of(new CleanedText.PageSpan(1, 0, t.indexOf("and ends"), "inferred"),
            new CleanedText.PageSpan(2, t.indexOf("and ends"), t.indexOf("\n\nNotes"), "printed")), c.pages());
        assertTrue(c.handFixes().stream().anyMatch(f -> f.contains("a slip")), c.handFixes().toString());
    }

    @Test
    void aReplaceThatMatchesNothingOrTwiceFailsNamingTheStepAndWhy() {
        String none = fails(CLEAN + """
              - step: replace
                find: "Thrice"
                why: a slip that is not there
            """);
        assertTrue(none.contains("test recipe, step 6 (replace: a slip that is not there)"), none);
        assertTrue(none.contains("matched nothing, the recipe says once"), none);
        String twice = fails(CLEAN + """
              - step: replace
                find: "here"
                why: too loose
            """);
        assertTrue(twice.contains("matched 2 times, the recipe says once"), twice);
    }

    @Test
    void countsAreChecked() {
        assertTrue(fails(CLEAN.replace("spans: 1", "spans: 3")).contains("matched once, the recipe says 3 times"));
        assertTrue(fails(CLEAN.replace("count: 2", "count: 3")).contains("found 2 notes, the recipe says 3"));
        assertTrue(fails(CLEAN + "  - step: note-markers\n    count: 1\n    why: w\n").contains("found 2 note markers, the recipe says 1"));
        assertTrue(fails(CLEAN.replace("end: \"It goes on\"", "end: \"It goes off\"")).contains("cut paragraph"));
    }

    @Test
    void editsAfterTheOffsetsAreRecordedAreRefused() {
        String m = fails(CLEAN + """
              - step: note-markers
                count: 2
                why: superscripts
              - step: replace
                find: "Twice"
                why: too late
            """);
        assertTrue(m.contains("must come before `note-markers`"), m);
    }

    @Test
    void unknownStepsKeysAndMissingWhyAreRejected() {
        assertTrue(fails("  - step: paragraph\n    why: w\n").contains("unknown step type `paragraph`"));
        assertTrue(fails("  - step: paragraphs\n    why: w\n  - step: replace\n    find: a\n    cuont: 2\n    why: w\n").contains("unknown key `cuont`"));
        assertTrue(fails("  - step: paragraphs\n").contains("missing key `why`"));
        assertTrue(fails("  - step: [oops\n").contains("not valid YAML"));
    }

    @Test
    void theFormatIsCheckedAtTheEnd() {
        // without joining the lines of a hard-wrapped paragraph, the text is not one paragraph per line
        String m = assertThrows(RecipeException.class, () -> {
            Files.writeString(raw.resolve("y.txt"), "one\ntwo\n", StandardCharsets.UTF_8);
            Recipe.parse("y", "y recipe", "raw: [y.txt]\nsteps:\n  - step: paragraphs\n    why: w\n").run(raw);
        }).getMessage();
        assertTrue(m.contains("one paragraph per line"), m);
    }

    @Test
    void aCustomStepNamesAJavaClass() throws IOException {
        CleanedText c = run(CLEAN + "  - step: custom\n    class: " + Shout.class.getName() + "\n    why: an example\n");
        assertTrue(c.text().startsWith("A TITLE: THE SUBTITLE\n\n"), c.text());
        assertTrue(fails(CLEAN + "  - step: custom\n    class: no.Such\n    why: w\n").contains("no class no.Such"));
    }

    /** An escape-hatch step for the test: upper-cases the body. */
    public static final class Shout implements Step {
        private final String why;

        public Shout(StepArgs args) {
            why = args.string("why");
            args.string("class");
        }

        @Override public String type() { return "custom"; }

        @Override public String why() { return why; }

        @Override public void apply(Draft draft) {
            draft.body().replaceAll(String::toUpperCase);
        }
    }
}
