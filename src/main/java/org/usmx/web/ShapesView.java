package org.usmx.web;

import java.util.List;

/** The SHACL shapes page: each node shape with its targets and parameters, and each property constraint with its message. */
public record ShapesView(PageMeta meta, List<Shape> shapes) {

    /** A node shape under its anchor; {@code named} is false for a blank-node shape (no anchor in the index). */
    public record Shape(String name, boolean named, String comment, List<Parameter> parameters, List<String> messages,
                        List<Constraint> properties) {}

    /** A parameter of the shape ("Target (targetClass)", "sh:closed") and its value in prefixed form. */
    public record Parameter(String name, String value) {}

    /** A property shape: its path, its constraints in prefixed form, and the messages a violation reports. */
    public record Constraint(String path, String constraints, List<String> messages) {}
}
