package org.usmx.store;

/** A data or ontology file could not be loaded; says which file and where. */
public class DataLoadException extends RuntimeException {

    private final String file;
    private final long line;
    private final long column;

    public DataLoadException(String file, long line, long column, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() { return file; }

    public long line() { return line; }

    public long column() { return column; }
}
