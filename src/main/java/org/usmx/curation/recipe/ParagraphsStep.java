package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code paragraphs}: splits a raw extraction into paragraphs at blank (or whitespace-only) lines
 * and trims each. Line breaks inside a paragraph are kept for later steps (`join-lines`,
 * `split-paragraph`, `unbullet`, `tidy-table`). Key: {@code from} (raw file; default the first).
 */
final class ParagraphsStep extends AbstractStep {

    private final String from;

    ParagraphsStep(StepArgs args) {
        super("paragraphs", args);
        from = args.optString("from", null);
    }

    @Override
    public void apply(Draft draft) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : draft.raw(from).split("\n(?:[ \t\u00a0]*\n)+")) {
            String t = p.strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }
        draft.setBody(paragraphs);
        draft.log("split " + (from == null ? draft.firstRawName() : from) + " into " + paragraphs.size() + " paragraphs at blank lines");
    }
}
