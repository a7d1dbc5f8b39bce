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

    /** Code-point offset of a UTF-16 index (markers and page spans count code points). */
    static int cp(String s, int utf16Index) {
        return s.codePointCount(0, utf16Index);
    }
}
