package org.usmx.curation.recipe;

/** The type and reason every step has. */
abstract class AbstractStep implements Step {

    private final String type;
    private final String why;

    AbstractStep(String type, StepArgs args) {
        this.type = type;
        this.why = args.string("why");
    }

    @Override public String type() { return type; }

    @Override public String why() { return why; }

    /** Fails unless {@code found} is what the recipe says ({@code expected}). */
    static void expectCount(int found, int expected, String what) {
        if (found != expected) {
            throw new RecipeException(what + " matched " + times(found) + ", the recipe says " + times(expected));
        }
    }

    static String times(int n) {
        return n == 0 ? "nothing" : n == 1 ? "once" : n + " times";
    }
}
