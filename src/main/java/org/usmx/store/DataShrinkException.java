package org.usmx.store;

/** A load would drop more of a graph's triples than allowed (a lost or truncated file); nothing was changed. */
public final class DataShrinkException extends DataLoadException {

    public DataShrinkException(String message) {
        super("data/", 0, 0, message, null);
    }
}
