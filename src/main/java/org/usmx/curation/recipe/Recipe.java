package org.usmx.curation.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A paper's cleaning recipe, data/{paper}/recipe.yaml: the raw extractions it reads (under
 * data/raw/) and the typed steps that turn them into the canonical text and its layout, in order.
 *
 * <pre>
 * raw: [002_03240e58ad883d7f.txt]
 * steps:
 *   - step: paragraphs
 *     why: the extraction has one paragraph per line
 *   - step: replace
 *     find: "informationsharing"
 *     with: "information-sharing"
 *     why: the hyphen was lost at a line break
 * </pre>
 */
public final class Recipe {

    public static final String FILE_NAME = "recipe.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String paper;
    private final String source;
    private final List<String> rawFiles;
    private final List<Step> steps;

    private Recipe(String paper, String source, List<String> rawFiles, List<Step> steps) {
        this.paper = paper;
        this.source = source;
        this.rawFiles = List.copyOf(rawFiles);
        this.steps = List.copyOf(steps);
    }

    /** Reads data/{paper}/recipe.yaml. */
    public static Recipe load(Path dataDir, String paper) {
        Path file = dataDir.resolve(paper).resolve(FILE_NAME);
        try {
            return parse(paper, "data/" + paper + "/" + FILE_NAME, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses a recipe's YAML; {@code source} names it in messages. */
    public static Recipe parse(String paper, String source, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RecipeException(source + ": not valid YAML: " + e.getOriginalMessage()
                + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : ""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) root = YAML.createObjectNode();
        StepArgs top = new StepArgs(root, source);
        List<String> raw = top.strings("raw");
        List<Step> steps = new ArrayList<>();
        int n = 1;
        for (StepArgs s : top.objects("steps")) {
            s.relabel(source + ", step " + n++);
            String type = s.string("step");
            s.relabel(s.where() + " (" + type + ")");
            steps.add(StepLibrary.build(type, s));
        }
        top.done();
        return new Recipe(paper, source, raw, steps);
    }

    public String paper() { return paper; }

    public List<String> rawFiles() { return rawFiles; }

    public List<Step> steps() { return steps; }

    /** Runs the steps over the raw files in {@code rawDir}; never writes anything. */
    public CleanedText run(Path rawDir) {
        if (rawFiles.isEmpty()) throw new RecipeException(source + ": `raw` lists no raw extraction (files under data/raw/)");
        Map<String, String> raw = new LinkedHashMap<>();
        for (String name : rawFiles) {
            Path file = rawDir.resolve(name);
            if (!Files.isRegularFile(file)) throw new RecipeException(source + ": raw file data/raw/" + name + " does not exist");
            try {
                raw.put(name, Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n'));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        if (steps.isEmpty()) throw new RecipeException(source + ": the recipe has no steps yet (start with `- step: paragraphs`)");
        Draft draft = new Draft(raw);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            try {
                step.apply(draft);
            } catch (RecipeException e) {
                throw new RecipeException(source + ", step " + (i + 1) + " (" + step.type() + ": " + step.why() + "): " + e.getMessage(), e);
            }
        }
        try {
            return draft.result();
        } catch (RecipeException e) {
            throw new RecipeException(source + ": " + e.getMessage(), e);
        }
    }
}
