package org.usmx.curation.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What the curated graph must hold for one paper, data/{paper}/expectations.yaml: floors (not
 * exact numbers, so curation can grow) and how complete the claims must be. The content tests
 * (CoverageTest, CompletenessTest) read it; nothing in Java names a paper or its numbers.
 *
 * <pre>
 * floors: {claims: 70, causal: 20, notes: 1, memberships: 6, facts: 10}
 * completeness: {minSentences: 50, maxUncoveredPercent: 8}
 * </pre>
 */
public record Expectations(String paper, Floors floors, Completeness completeness) {

    public static final String FILE_NAME = "expectations.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Least counts in the graph: claims, complete causal claims, numbered notes, memberships, fact evidence. */
    public record Floors(int claims, int causal, int notes, int memberships, int facts) {}

    /**
     * Body sentences (40 characters or more, questions aside) that must be found, and the largest
     * share (percent) that may be the passage of no claim or fact.
     */
    public record Completeness(int minSentences, int maxUncoveredPercent) {}

    /** Reads data/{paper}/expectations.yaml; every key is required, so a typo cannot lower a floor to 0. */
    public static Expectations load(Path dataDir, String paper) {
        Path file = dataDir.resolve(paper).resolve(FILE_NAME);
        String where = "data/" + paper + "/" + FILE_NAME;
        if (!Files.isRegularFile(file)) throw new RecipeException(where + " is missing (usmx new-paper writes one)");
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where + ": " + e.getMessage(), e);
        }
        StepArgs top = new StepArgs(root, where);
        StepArgs f = top.object("floors");
        StepArgs c = top.object("completeness");
        if (f == null || c == null) throw new RecipeException(where + ": needs both `floors` and `completeness`");
        Floors floors = new Floors(required(f, "claims"), required(f, "causal"), required(f, "notes"), required(f, "memberships"), required(f, "facts"));
        Completeness completeness = new Completeness(required(c, "minSentences"), required(c, "maxUncoveredPercent"));
        f.done();
        c.done();
        top.done();
        return new Expectations(paper, floors, completeness);
    }

    private static int required(StepArgs args, String key) {
        int v = args.integer(key, -1);
        if (v < 0) throw new RecipeException(args.where() + ": `" + key + "` must be a whole number, 0 or more");
        return v;
    }

    @Override
    public String toString() {
        return paper;
    }
}
