package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code tidy-table}: a table the extraction prints as one paragraph, a row per line and a tab
 * between cells. Each row becomes a paragraph of its own, cells still separated by a tab, spaces
 * around the cells trimmed, and the markup {@code removeFromCells} (e.g. an HTML tag) removed from
 * the start of the cells that carry it. {@code startsWith} names the table (exactly once),
 * {@code rows} how many rows it has, {@code cells} how many cells carry the markup. A cell left
 * empty or still holding a "&lt;" fails.
 */
final class TidyTableStep extends AbstractStep {

    private final String startsWith;
    private final int rows;
    private final String markup;
    private final int cells;

    TidyTableStep(StepArgs args) {
        super("tidy-table", args);
        startsWith = args.string("startsWith");
        rows = args.integer("rows", -1);
        markup = args.optString("removeFromCells", null);
        cells = args.integer("cells", 0);
        if (rows < 1) throw new RecipeException(args.where() + ": missing key `rows`");
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        int at = -1;
        int n = 0;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).startsWith(startsWith)) {
                n++;
                at = i;
            }
        }
        expectCount(n, 1, "the table starting \"" + startsWith + "\"");
        String[] lines = body.remove(at).split("\n");
        expectCount(lines.length, rows, "the table's rows");
        int marked = 0;
        for (int r = 0; r < lines.length; r++) {
            String[] cellTexts = lines[r].split("\t");
            for (int c = 0; c < cellTexts.length; c++) {
                String cell = cellTexts[c].strip();
                if (markup != null && cell.startsWith(markup)) {
                    cell = cell.substring(markup.length()).strip();
                    marked++;
                }
                if (cell.contains("<") || cell.isEmpty()) throw new RecipeException("table row " + (r + 1) + " has a cell that is empty or holds markup: \"" + cell + "\"");
                cellTexts[c] = cell;
            }
            body.add(at + r, String.join("\t", cellTexts));
        }
        expectCount(marked, cells, "the cell markup \"" + markup + "\"");
        draft.log("table \"" + startsWith + "\": one paragraph per row (" + rows + " rows), markup removed from " + marked + " cells: " + why());
    }
}
