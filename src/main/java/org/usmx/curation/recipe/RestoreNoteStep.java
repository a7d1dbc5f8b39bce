package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code restore-note}: takes the text of a note the main extraction lost from another raw
 * extraction of the same work. {@code from} names that raw file, {@code lineStartsWith} the start
 * of the one line that holds the note ("35 Rubén Aguilar …", number first); the note is placed in
 * number order. {@code number} is the note's number.
 */
final class RestoreNoteStep extends AbstractStep {

    private final String from;
    private final int number;
    private final String lineStartsWith;

    RestoreNoteStep(StepArgs args) {
        super("restore-note", args);
        from = args.string("from");
        number = args.integer("number", -1);
        lineStartsWith = args.string("lineStartsWith");
        if (number < 1) throw new RecipeException(args.where() + ": missing key `number`");
        if (!lineStartsWith.startsWith(number + " ")) throw new RecipeException(args.where() + ": `lineStartsWith` must start with the note number and a space");
    }

    @Override
    public void apply(Draft draft) {
        String text = null;
        int n = 0;
        for (String line : draft.raw(from).split("\n")) {
            if (line.strip().startsWith(lineStartsWith)) {
                n++;
                text = line.strip().substring(String.valueOf(number).length() + 1);
            }
        }
        expectCount(n, 1, "a line of " + from + " starting \"" + lineStartsWith + "\"");
        List<Draft.Note> notes = draft.notes();
        if (notes.stream().anyMatch(x -> x.number() == number)) throw new RecipeException("note " + number + " is already there");
        int at = 0;
        while (at < notes.size() && notes.get(at).number() < number) at++;
        notes.add(at, new Draft.Note(number, text));
        draft.log("restored the text of note " + number + " from " + from + ": \"" + number + " " + text + "\" (" + why() + ")");
    }
}
