package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The keys of one step (or one item of a step's list) as written in the recipe. Reading a key
 * marks it used; {@link #done()} rejects keys the step does not know, so that a misspelt key
 * ("cuont: 2") is an error, not a silently ignored check.
 */
public final class StepArgs {

    private final JsonNode node;
    private String where;
    private final Set<String> used = new HashSet<>();

    StepArgs(JsonNode node, String where) {
        if (node == null || !node.isObject()) throw new RecipeException(where + ": expected a mapping of keys to values");
        this.node = node;
        this.where = where;
    }

    /** Names where these keys stand, for messages. */
    void relabel(String newWhere) {
        where = newWhere;
    }

    /** Where these keys stand, for messages: "step 3 (replace)". */
    public String where() {
        return where;
    }

    public String string(String key) {
        String v = optString(key, null);
        if (v == null) throw new RecipeException(where + ": missing key `" + key + "`");
        return v;
    }

    public String optString(String key, String fallback) {
        used.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return fallback;
        if (!v.isValueNode()) throw new RecipeException(where + ": `" + key + "` must be a text, not " + v.getNodeType());
        return v.asText();
    }

    public int integer(String key, int fallback) {
        used.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return fallback;
        if (!v.canConvertToInt() || !v.isIntegralNumber()) throw new RecipeException(where + ": `" + key + "` must be a whole number, not " + v);
        return v.intValue();
    }

    public boolean bool(String key, boolean fallback) {
        used.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return fallback;
        if (!v.isBoolean()) throw new RecipeException(where + ": `" + key + "` must be true or false, not " + v);
        return v.booleanValue();
    }

    public List<String> strings(String key) {
        used.add(key);
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) throw new RecipeException(where + ": `" + key + "` must be a list");
        for (JsonNode item : v) {
            if (!item.isValueNode()) throw new RecipeException(where + ": every item of `" + key + "` must be a text");
            out.add(item.asText());
        }
        return out;
    }

    /** A list of mappings, each with its own keys (checked by the caller's {@link #done()}). */
    public List<StepArgs> objects(String key) {
        used.add(key);
        JsonNode v = node.get(key);
        List<StepArgs> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) throw new RecipeException(where + ": `" + key + "` must be a list");
        int i = 1;
        for (JsonNode item : v) out.add(new StepArgs(item, where + ", " + key + " item " + i++));
        return out;
    }

    /** A nested mapping, or null when absent. */
    public StepArgs object(String key) {
        used.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return null;
        return new StepArgs(v, where + ", " + key);
    }

    /** Rejects keys that were never read. */
    public void done() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!used.contains(k)) throw new RecipeException(where + ": unknown key `" + k + "`");
        }
    }
}
