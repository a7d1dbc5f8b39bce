package org.usmx.curation.recipe;

/**
 * One typed step of a cleaning recipe. Each step says what it matches (its own keys) and why
 * (the {@code why} key, required), and throws {@link RecipeException} when it matches anything
 * other than what it says. The step types are listed in {@link StepLibrary}.
 */
public interface Step {

    /** The step type as written in the recipe, e.g. "replace". */
    String type();

    /** Why the step is there, as written in the recipe. */
    String why();

    /** Applies the step to the text being cleaned. */
    void apply(Draft draft);
}
