package org.usmx.validate;

/**
 * One problem found in the data, readable without knowing SHACL: which check, which node,
 * which property, what is wrong.
 */
public record Violation(String check, String focusNode, String path, String message) {

    @Override
    public String toString() {
        return "[" + check + "] " + focusNode + (path == null || path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
