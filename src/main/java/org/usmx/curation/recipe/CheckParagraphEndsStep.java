package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code check-paragraph-ends}: changes nothing; fails if a body paragraph does not end a
 * sentence, the sign of a paragraph cut at a page break that no `join-paragraphs` step has
 * rejoined. {@code endings} are the characters a paragraph may end with (default {@code .?!"”:)});
 * {@code except} lists regular expressions for the paragraphs that end otherwise as printed
 * (headings, byline lines, lead-ins of displayed quotations); a paragraph is excepted when one of
 * them is found in it. Superscript note markers are ignored.
 */
final class CheckParagraphEndsStep extends AbstractStep {

    private final String endings;
    private final List<Pattern> except = new ArrayList<>();

    CheckParagraphEndsStep(StepArgs args) {
        super("check-paragraph-ends", args);
        endings = args.optString("endings", ".?!\"”:)");
        for (String e : args.strings("except")) {
            try {
                except.add(Pattern.compile(e));
            } catch (PatternSyntaxException ex) {
                throw new RecipeException(args.where() + ": `except` holds an invalid regular expression: " + ex.getDescription());
            }
        }
    }

    @Override
    public void apply(Draft draft) {
        for (String p : draft.bodyView()) {
            String bare = p.replaceAll("[" + ExtractNotesStep.SUPERSCRIPTS + "]", "");
            if (bare.isEmpty() || endings.indexOf(bare.charAt(bare.length() - 1)) >= 0) continue;
            if (except.stream().anyMatch(e -> e.matcher(bare).find())) continue;
            throw new RecipeException("a body paragraph does not end a sentence (cut at a page break?): \"…" + Snippets.lastWords(bare) + "\"");
        }
        draft.log("checked that every body paragraph ends a sentence: " + why());
    }
}
