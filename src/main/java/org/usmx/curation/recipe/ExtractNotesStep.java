package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code extract-notes}: takes the footnote or endnote paragraphs out of the body; they follow the
 * body in the canonical text as "N text" paragraphs under a line "Notes". A note paragraph starts
 * with its number: by default superscript digits ("¹² Deare, p. 3."); {@code pattern} may give
 * another regular expression whose group 1 is the number (ASCII or superscript digits) and group 2
 * the text. {@code position}: {@code anywhere} (default: notes printed between paragraphs) or
 * {@code end} (only the run of note paragraphs that ends the text, i.e. endnotes). {@code count},
 * if given, is how many notes there must be, numbered 1…count. Line breaks inside a note become
 * spaces.
 */
final class ExtractNotesStep extends AbstractStep {

    static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Pattern pattern;
    private final boolean atEnd;
    private final int count;

    ExtractNotesStep(StepArgs args) {
        super("extract-notes", args);
        String p = args.optString("pattern", "^([" + SUPERSCRIPTS + "]+)\\s+(.+)$");
        try {
            pattern = Pattern.compile(p, Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new RecipeException(args.where() + ": `pattern` is not a valid regular expression: " + e.getDescription());
        }
        String position = args.optString("position", "anywhere");
        if (!List.of("anywhere", "end").contains(position)) throw new RecipeException(args.where() + ": `position` must be anywhere or end");
        atEnd = position.equals("end");
        count = args.integer("count", -1);
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        List<Draft.Note> found = new ArrayList<>();
        if (atEnd) {
            int first = body.size();
            while (first > 0 && pattern.matcher(body.get(first - 1)).matches()) first--;
            for (String p : body.subList(first, body.size())) found.add(note(pattern.matcher(p)));
            body.subList(first, body.size()).clear();
        } else {
            for (Iterator<String> it = body.iterator(); it.hasNext(); ) {
                Matcher m = pattern.matcher(it.next());
                if (m.matches()) {
                    found.add(note(m));
                    it.remove();
                }
            }
        }
        if (count >= 0) checkNumbered(found, count);
        draft.notes().addAll(found);
        draft.log("took " + found.size() + " notes out of the body: " + why());
    }

    private static Draft.Note note(Matcher m) {
        if (!m.matches()) throw new IllegalStateException();
        return new Draft.Note(number(m.group(1)), m.group(2).strip().replaceAll("\\s*\n\\s*", " "));
    }

    /** Superscript or ASCII digits → the number. */
    static int number(String digits) {
        StringBuilder d = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int s = SUPERSCRIPTS.indexOf(c);
            d.append(s >= 0 ? (char) ('0' + s) : c);
        }
        try {
            return Integer.parseInt(d.toString());
        } catch (NumberFormatException e) {
            throw new RecipeException("a note number is not a number: " + digits);
        }
    }

    /** Fails unless the notes are numbered 1…count in order. */
    static void checkNumbered(List<Draft.Note> notes, int count) {
        if (notes.size() != count) throw new RecipeException("found " + notes.size() + " notes, the recipe says " + count);
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).number() != i + 1) throw new RecipeException("note " + (i + 1) + " is out of order: found note " + notes.get(i).number() + " in its place");
        }
    }
}
