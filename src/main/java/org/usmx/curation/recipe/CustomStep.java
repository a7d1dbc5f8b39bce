package org.usmx.curation.recipe;

import java.lang.reflect.InvocationTargetException;

/**
 * {@code custom}: the escape hatch for noise no library step handles. {@code class} names a Java
 * class that implements {@link Step} and has a public constructor taking {@link StepArgs} (its
 * own keys, plus {@code why}); it must throw {@link RecipeException} when it matches anything
 * other than what it expects, like the library steps. Prefer adding a general step to the library
 * when a second paper needs the same thing. None of the current papers needs one.
 */
final class CustomStep {

    private CustomStep() {}

    static Step create(StepArgs args) {
        String name = args.string("class");
        try {
            Class<?> type = Class.forName(name);
            if (!Step.class.isAssignableFrom(type)) throw new RecipeException(args.where() + ": " + name + " does not implement " + Step.class.getName());
            return (Step) type.getConstructor(StepArgs.class).newInstance(args);
        } catch (ClassNotFoundException e) {
            throw new RecipeException(args.where() + ": no class " + name);
        } catch (NoSuchMethodException e) {
            throw new RecipeException(args.where() + ": " + name + " has no public constructor taking StepArgs");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RecipeException r) throw r;
            throw new RecipeException(args.where() + ": " + name + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new RecipeException(args.where() + ": cannot create " + name + ": " + e);
        }
    }
}
