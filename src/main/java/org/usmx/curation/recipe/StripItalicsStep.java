package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code strip-italics}: removes markdown italics markup {@code *…*} from the body and the notes,
 * keeping the words. {@code spans}, if given, is how many spans there must be. An asterisk left
 * unpaired fails.
 */
final class StripItalicsStep extends AbstractStep {

    private static final Pattern ITALICS = Pattern.compile("\\*([^*\\n]+)\\*");

    private final int spans;

    StripItalicsStep(StepArgs args) {
        super("strip-italics", args);
        spans = args.integer("spans", -1);
    }

    @Override
    public void apply(Draft draft) {
        List<String> italics = new ArrayList<>();
        draft.notes().replaceAll(n -> new Draft.Note(n.number(), strip(n.text(), italics)));
        draft.body().replaceAll(p -> strip(p, italics));
        if (spans >= 0) expectCount(italics.size(), spans, "italics markup");
        draft.log("removed the italics markup *…* around " + italics.size() + " spans, keeping the words (" + why() + "): " + String.join("; ", italics));
    }

    private static String strip(String p, List<String> italics) {
        Matcher m = ITALICS.matcher(p);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            italics.add(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1)));
        }
        m.appendTail(sb);
        if (sb.indexOf("*") >= 0) throw new RecipeException("an unpaired asterisk: \"" + Snippets.shorten(sb.toString()) + "\"");
        return sb.toString();
    }
}
