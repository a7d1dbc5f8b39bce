package org.usmx.curation.recipe;

import java.util.List;

/**
 * {@code run-in-heading}: sets a run-in subheading ("U.S. Obstacles to Cooperation. The …") as a
 * paragraph of its own. {@code heading} is the heading's text; exactly one paragraph may start
 * with it followed by a space.
 */
final class RunInHeadingStep extends AbstractStep {

    private final String heading;

    RunInHeadingStep(StepArgs args) {
        super("run-in-heading", args);
        heading = args.string("heading");
    }

    @Override
    public void apply(Draft draft) {
        List<String> body = draft.body();
        int at = -1;
        int n = 0;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).startsWith(heading + " ")) {
                n++;
                at = i;
            }
        }
        expectCount(n, 1, "a paragraph starting with the heading \"" + heading + "\"");
        body.set(at, body.get(at).substring(heading.length() + 1));
        body.add(at, heading);
        draft.log("set the run-in subheading \"" + heading + "\" as a paragraph of its own: " + why());
    }
}
