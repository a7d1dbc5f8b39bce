package org.usmx.curation.recipe;

/**
 * A recipe that cannot be read, or a step that matched something other than what it says
 * (nothing, or more than it expects). The message names the recipe file, the step and its "why",
 * so that a researcher can find the line to change.
 */
public final class RecipeException extends RuntimeException {

    public RecipeException(String message) {
        super(message);
    }

    public RecipeException(String message, Throwable cause) {
        super(message, cause);
    }
}
