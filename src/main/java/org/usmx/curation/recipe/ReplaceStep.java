package org.usmx.curation.recipe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code replace}: a hand fix of the wording. {@code find} → {@code with} (default: nothing),
 * in {@code in}: {@code all} (default), {@code body} or {@code notes}; {@code find} must match
 * exactly {@code count} times (default 1) over that text. With {@code regex: true}, {@code find}
 * is a Java regular expression and {@code with} may refer to its groups ($1).
 */
final class ReplaceStep extends AbstractStep {

    private final Pattern find;
    private final String findText;
    private final String with;
    private final String replacementText;
    private final int count;
    private final String in;

    ReplaceStep(StepArgs args) {
        super("replace", args);
        findText = args.string("find");
        String replacement = args.optString("with", "");
        count = args.integer("count", 1);
        in = args.optString("in", "all");
        if (!List.of("all", "body", "notes").contains(in)) throw new RecipeException(args.where() + ": `in` must be all, body or notes, not " + in);
        boolean regex = args.bool("regex", false);
        try {
            find = regex ? Pattern.compile(findText) : Pattern.compile(Pattern.quote(findText));
        } catch (PatternSyntaxException e) {
            throw new RecipeException(args.where() + ": `find` is not a valid regular expression: " + e.getDescription());
        }
        with = regex ? replacement : Matcher.quoteReplacement(replacement);
        this.replacementText = replacement;
    }

    @Override
    public void apply(Draft draft) {
        int found = 0;
        List<String> body = draft.body();
        List<Draft.Note> notes = draft.notes();
        if (!in.equals("notes")) for (String p : body) found += hits(p);
        if (!in.equals("body")) for (Draft.Note n : notes) found += hits(n.text());
        expectCount(found, count, "find \"" + findText + "\"");
        if (!in.equals("notes")) body.replaceAll(p -> find.matcher(p).replaceAll(with));
        if (!in.equals("body")) notes.replaceAll(n -> new Draft.Note(n.number(), find.matcher(n.text()).replaceAll(with)));
        draft.log("\"" + findText + "\" → \"" + replacementText + "\": " + why());
    }

    private int hits(String text) {
        int n = 0;
        for (Matcher m = find.matcher(text); m.find(); ) n++;
        return n;
    }
}
