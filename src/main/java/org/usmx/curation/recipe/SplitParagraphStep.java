package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code split-paragraph}: sets each printed line of one paragraph (a byline, an address block) as
 * a paragraph of its own. {@code paragraph} is the whole paragraph, line breaks included; it must
 * occur exactly once.
 */
final class SplitParagraphStep extends AbstractStep {

    private final String paragraph;

    SplitParagraphStep(StepArgs args) {
        super("split-paragraph", args);
        paragraph = args.string("paragraph");
        if (!paragraph.contains("\n")) throw new RecipeException(args.where() + ": `paragraph` has no line break to split at");
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        int at = DropParagraphsStep.only(body, paragraph);
        body.remove(at);
        List<String> lines = List.of(paragraph.split("\n"));
        body.addAll(at, lines);
        draft.log("split \"" + Snippets.shorten(paragraph) + "\" into " + lines.size() + " paragraphs: " + why());
    }
}
