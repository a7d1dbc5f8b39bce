package org.usmx.web;

import java.util.List;

/**
 * The query workbench page: the text in the editor, whether to run it on open (a ?query= link),
 * which example was loaded, a problem to report, the library as examples, the completion lists as
 * JSON, and the server's limits (said on the page so a timeout or row cap is no surprise).
 */
public record QueryPageView(PageMeta meta, String query, boolean runOnOpen, String loadedExample, String problem,
                            List<Example> examples, String completionsJson, long timeoutSeconds, int maxRows, String idBase) {

    /** A library query: name (its file), title, description, parameters; {@code selected} when just loaded. */
    public record Example(String name, String title, String description, List<Param> params, boolean selected) {}

    /** A declared parameter with the value the form shows (the given one, else the default). */
    public record Param(String name, String type, String description, String value) {}
}
