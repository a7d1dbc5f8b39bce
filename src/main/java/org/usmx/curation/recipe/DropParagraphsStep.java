package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code drop-paragraphs}: removes a run of paragraphs that is not part of the paper (a cover
 * sheet, a table of contents, a back cover), from the paragraph equal to {@code first} to the one
 * equal to {@code last} (default: {@code first}, a single paragraph). Each must occur exactly
 * once; {@code paragraphs}, if given, is how many the run must hold.
 */
final class DropParagraphsStep extends AbstractStep {

    private final String first;
    private final String last;
    private final int expected;

    DropParagraphsStep(StepArgs args) {
        super("drop-paragraphs", args);
        first = args.string("first");
        last = args.optString("last", first);
        expected = args.integer("paragraphs", -1);
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        int from = only(body, first);
        int to = only(body, last);
        if (to < from) throw new RecipeException("`last` stands before `first`");
        if (expected >= 0 && to - from + 1 != expected) {
            throw new RecipeException("the run holds " + (to - from + 1) + " paragraphs, the recipe says " + expected);
        }
        body.subList(from, to + 1).clear();
        draft.log("dropped " + (to - from + 1) + " paragraph(s) \"" + Snippets.shorten(first) + "\""
            + (to > from ? " to \"" + Snippets.shorten(last) + "\"" : "") + ": " + why());
    }

    static int only(List<String> body, String paragraph) {
        int n = 0;
        int at = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).equals(paragraph)) {
                n++;
                at = i;
            }
        }
        expectCount(n, 1, "the paragraph \"" + Snippets.shorten(paragraph) + "\"");
        return at;
    }
}
