package org.usmx.curation.recipe;

/**
 * A paper's own checks of its cleaned text (markers, furniture, repairs, pages), over the output
 * of its recipe; {@link RecipesTest} checks what every recipe must do.
 */
abstract class PaperTextContract {

    /** The paper id, the folder of its recipe. */
    abstract String paper();

    CleanedText cleaned() {
        return RecipesTest.cleaned(paper());
    }

    String text() {
        return cleaned().text();
    }

    /** Every note marker after the one before it, and the last before the notes section {@code notesHeading}. */
    void assertMarkersAscendBefore(String notesHeading) {
        String t = text();
        int last = -1;
        for (CleanedText.NoteMarker m : cleaned().markers()) {
            org.junit.jupiter.api.Assertions.assertTrue(m.offset() > last);
            last = m.offset();
        }
        org.junit.jupiter.api.Assertions.assertTrue(last < cp(t, t.indexOf(notesHeading)));
    }

    /** Code-point offset of a UTF-16 index (markers and page spans count code points). */
    static int cp(String s, int utf16Index) {
        return s.codePointCount(0, utf16Index);
    }
}
