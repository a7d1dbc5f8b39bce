package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code move-paragraph}: moves a paragraph that the extraction dropped into the middle of a
 * sentence (a photo caption, a pull quote kept on purpose) to after the paragraph that follows
 * it. {@code startsWith} names the paragraph to move, {@code previousEndsWith} how the paragraph
 * before it ends; exactly one paragraph may match both.
 */
final class MoveParagraphStep extends AbstractStep {

    private final String startsWith;
    private final String previousEndsWith;

    MoveParagraphStep(StepArgs args) {
        super("move-paragraph", args);
        startsWith = args.string("startsWith");
        previousEndsWith = args.string("previousEndsWith");
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        int at = -1;
        int n = 0;
        for (int i = 1; i + 1 < body.size(); i++) {
            if (body.get(i).startsWith(startsWith) && body.get(i - 1).endsWith(previousEndsWith)) {
                n++;
                at = i;
            }
        }
        expectCount(n, 1, "the paragraph \"" + startsWith + "…\" after \"…" + previousEndsWith + "\"");
        String moved = body.remove(at);
        body.add(at + 1, moved);
        draft.log("moved \"" + startsWith + " …\" to after the next paragraph: " + why());
    }
}
