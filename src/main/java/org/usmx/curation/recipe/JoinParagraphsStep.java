package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code join-paragraphs}: rejoins a paragraph the extraction cut in two (at a page break, a
 * footnote block, a caption). {@code end} is how the first half ends and {@code start} how the
 * second begins; exactly one adjacent pair may match. {@code joiner}: {@code space} (default),
 * {@code drop-hyphen} (the first half ends in a line-end hyphen that goes: "sover-" + "eignty"),
 * or {@code none} (glued as they stand: "bi-" + "national").
 */
final class JoinParagraphsStep extends AbstractStep {

    private final String end;
    private final String start;
    private final String joiner;

    JoinParagraphsStep(StepArgs args) {
        super("join-paragraphs", args);
        end = args.string("end");
        start = args.string("start");
        joiner = args.optString("joiner", "space");
        if (!List.of("space", "drop-hyphen", "none").contains(joiner)) {
            throw new RecipeException(args.where() + ": `joiner` must be space, drop-hyphen or none, not " + joiner);
        }
        if (joiner.equals("drop-hyphen") && !end.endsWith("-")) throw new RecipeException(args.where() + ": `end` must end in the hyphen to drop");
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        int found = -1;
        int n = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i).endsWith(end) && body.get(i + 1).startsWith(start)) {
                n++;
                found = i;
            }
        }
        expectCount(n, 1, "the cut paragraph \"…" + end + "\" | \"" + start + "…\"");
        String first = body.get(found);
        String second = body.get(found + 1);
        String joined = switch (joiner) {
            case "drop-hyphen" -> first.substring(0, first.length() - 1) + second;
            case "none" -> first + second;
            default -> first + " " + second;
        };
        body.set(found, joined);
        body.remove(found + 1);
        draft.log("rejoined a paragraph cut in two: \"…" + Snippets.lastWords(end) + "\" + \"" + Snippets.firstWords(start) + "…\" (" + why() + ")");
    }
}
