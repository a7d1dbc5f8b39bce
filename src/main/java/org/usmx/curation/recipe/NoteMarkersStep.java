package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code note-markers}: takes the note markers out of the body, recording the code-point offset
 * where each stood (data/{paper}/layout.ttl). By default a marker is a run of superscript digits
 * ("…the TCOs.¹²"), and none may stand in the notes; {@code pattern} may give another regular
 * expression whose match is the marker and whose group 1 is its number (e.g. digits glued to the
 * preceding word). The markers must be numbered 1…{@code count} in text order, and so must the
 * notes, if the paper has any (every marker has its note).
 *
 * <p>The offsets index the final text, so this step freezes the body: steps that edit the text
 * must come before it.
 */
final class NoteMarkersStep extends AbstractStep {

    private final Pattern pattern;
    private final boolean superscript;
    private final int count;

    NoteMarkersStep(StepArgs args) {
        super("note-markers", args);
        String p = args.optString("pattern", null);
        superscript = p == null;
        try {
            pattern = Pattern.compile(superscript ? "([" + ExtractNotesStep.SUPERSCRIPTS + "]+)" : p);
        } catch (PatternSyntaxException e) {
            throw new RecipeException(args.where() + ": `pattern` is not a valid regular expression: " + e.getDescription());
        }
        count = args.integer("count", -1);
        if (count < 0) throw new RecipeException(args.where() + ": missing key `count` (how many markers the body holds)");
    }

    @Override
    public void apply(Draft draft) {
        if (superscript) {
            for (Draft.Note n : draft.notesView()) {
                if (pattern.matcher(n.text()).find()) throw new RecipeException("a superscript digit stands in note " + n.number() + ", after the body");
            }
        }
        List<String> body = new ArrayList<>();
        List<CleanedText.NoteMarker> markers = new ArrayList<>();
        int cp = 0;
        for (String p : draft.body()) {
            if (!body.isEmpty()) cp += 2;
            StringBuilder out = new StringBuilder();
            Matcher m = pattern.matcher(p);
            int last = 0;
            while (m.find()) {
                int number = ExtractNotesStep.number(m.group(1));
                if (number != markers.size() + 1) {
                    throw new RecipeException("note marker " + number + " is out of sequence (after " + markers.size()
                        + ") near \"" + p.substring(Math.max(0, m.start() - 40), m.start()) + "\"");
                }
                String chunk = p.substring(last, m.start());
                out.append(chunk);
                cp += chunk.codePointCount(0, chunk.length());
                markers.add(new CleanedText.NoteMarker(number, cp));
                last = m.end();
            }
            String rest = p.substring(last);
            out.append(rest);
            cp += rest.codePointCount(0, rest.length());
            body.add(out.toString());
        }
        if (markers.size() != count) throw new RecipeException("found " + markers.size() + " note markers, the recipe says " + count);
        if (!draft.notesView().isEmpty()) ExtractNotesStep.checkNumbered(draft.notesView(), count);
        draft.freezeWithMarkers(body, markers);
        draft.log("took the " + count + " note markers out of the body, recording their offsets: " + why());
    }
}
