package org.usmx.curation.recipe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The step types a recipe may use (docs/adding-a-paper.md describes each with an example).
 * Every step needs a {@code why}; every step that matches text fails unless it matches exactly
 * what it says.
 */
public final class StepLibrary {

    private static final Map<String, Function<StepArgs, Step>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("paragraphs", ParagraphsStep::new);
        STEPS.put("reading-order", ReadingOrderStep::new);
        STEPS.put("join-lines", JoinLinesStep::new);
        STEPS.put("drop-paragraphs", DropParagraphsStep::new);
        STEPS.put("split-paragraph", SplitParagraphStep::new);
        STEPS.put("join-paragraphs", JoinParagraphsStep::new);
        STEPS.put("move-paragraph", MoveParagraphStep::new);
        STEPS.put("run-in-heading", RunInHeadingStep::new);
        STEPS.put("tidy-table", TidyTableStep::new);
        STEPS.put("unbullet", UnbulletStep::new);
        STEPS.put("extract-notes", ExtractNotesStep::new);
        STEPS.put("restore-note", RestoreNoteStep::new);
        STEPS.put("strip-italics", StripItalicsStep::new);
        STEPS.put("replace", ReplaceStep::new);
        STEPS.put("check-paragraph-ends", CheckParagraphEndsStep::new);
        STEPS.put("note-markers", NoteMarkersStep::new);
        STEPS.put("mark-pages", MarkPagesStep::new);
        STEPS.put("custom", CustomStep::create);
    }

    private StepLibrary() {}

    /** The step types, in the order the documentation lists them. */
    public static Iterable<String> types() {
        return STEPS.keySet();
    }

    static Step build(String type, StepArgs args) {
        Function<StepArgs, Step> factory = STEPS.get(type);
        if (factory == null) throw new RecipeException(args.where() + ": unknown step type `" + type + "`; the types are " + String.join(", ", STEPS.keySet()));
        Step step = factory.apply(args);
        args.done();
        return step;
    }
}
