package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reading-order}: for an extraction that prints a multi-column layout's blocks out of
 * order. Every block is named by its first and last line (stripped; each must occur exactly
 * once in the raw file). {@code drop} lists the blocks that are not part of the paper (forms,
 * running headers, pull quotes, advertisements); {@code blocks} lists the paper's blocks in
 * reading order. Together they must cover every non-blank raw line exactly once.
 *
 * <p>Consecutive blocks continue the same paragraph (a column or page break in mid-sentence)
 * unless a block says {@code paragraphEndsAfter: true}; inside a block, blank lines separate
 * paragraphs. Lines stay separate (joined by `join-lines`).
 */
final class ReadingOrderStep extends AbstractStep {

    private record Block(String first, String last, boolean paragraphEndsAfter, String why) {}

    private final String from;
    private final List<Block> drop = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    ReadingOrderStep(StepArgs args) {
        super("reading-order", args);
        from = args.optString("from", null);
        for (StepArgs d : args.objects("drop")) {
            drop.add(new Block(d.string("first"), d.string("last"), false, d.string("why")));
            d.done();
        }
        for (StepArgs b : args.objects("blocks")) {
            blocks.add(new Block(b.string("first"), b.string("last"), b.bool("paragraphEndsAfter", false), b.string("why")));
            b.done();
        }
        if (blocks.isEmpty()) throw new RecipeException(args.where() + ": `blocks` lists no block");
    }

    @Override
    public void apply(Draft draft) {
        String[] lines = draft.raw(from).split("\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = lines[i].strip();
        Map<String, Integer> index = uniqueLines(lines);
        boolean[] covered = new boolean[lines.length];

        for (Block d : drop) {
            cover(covered, at(index, d.first()), at(index, d.last()));
            draft.log("dropped: " + d.why());
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (Block b : blocks) {
            int from = at(index, b.first());
            int to = at(index, b.last());
            cover(covered, from, to);
            for (int i = from; i <= to; i++) {
                if (lines[i].isEmpty()) {
                    endParagraph(paragraphs, current);
                } else {
                    current.add(lines[i]);
                }
            }
            if (b.paragraphEndsAfter()) endParagraph(paragraphs, current);
            draft.log("block: " + b.why());
        }
        endParagraph(paragraphs, current);
        for (int i = 0; i < lines.length; i++) {
            if (!covered[i] && !lines[i].isEmpty()) throw new RecipeException("raw line " + (i + 1) + " is in no block: " + lines[i]);
        }
        draft.setBody(paragraphs);
    }

    private static void endParagraph(List<String> paragraphs, List<String> current) {
        if (!current.isEmpty()) paragraphs.add(String.join("\n", current));
        current.clear();
    }

    private static Map<String, Integer> uniqueLines(String[] lines) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            index.putIfAbsent(lines[i], i);
            count.merge(lines[i], 1, Integer::sum);
        }
        index.keySet().removeIf(k -> count.get(k) != 1);
        return index;
    }

    private static int at(Map<String, Integer> index, String line) {
        Integer i = index.get(line);
        if (i == null) throw new RecipeException("block line not found exactly once in the raw file: " + line);
        return i;
    }

    private static void cover(boolean[] covered, int from, int to) {
        if (to < from) throw new RecipeException("block ends before it starts: raw lines " + (from + 1) + "–" + (to + 1));
        for (int i = from; i <= to; i++) {
            if (covered[i]) throw new RecipeException("raw line " + (i + 1) + " is in two blocks");
            covered[i] = true;
        }
    }
}
