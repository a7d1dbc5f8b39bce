package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code unbullet}: a list the extraction prints as one paragraph, an item per line each starting
 * with {@code bullet} (default "- "). Each item becomes a paragraph of its own, without the bullet.
 * {@code items} is how many items all such lists hold together.
 */
final class UnbulletStep extends AbstractStep {

    private final String bullet;
    private final int items;

    UnbulletStep(StepArgs args) {
        super("unbullet", args);
        bullet = args.optString("bullet", "- ");
        items = args.integer("items", -1);
        if (items < 0) throw new RecipeException(args.where() + ": missing key `items`");
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        int found = 0;
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).startsWith(bullet)) continue;
            String[] lines = body.remove(i).split("\n");
            for (String item : lines) {
                if (!item.startsWith(bullet)) throw new RecipeException("a list line without its bullet: \"" + Snippets.shorten(item) + "\"");
                body.add(i++, item.substring(bullet.length()).strip());
                found++;
            }
            i--;
        }
        expectCount(found, items, "list items with the bullet \"" + bullet + "\"");
        draft.log("removed the bullet \"" + bullet + "\" before " + found + " list items, one paragraph each: " + why());
    }
}
