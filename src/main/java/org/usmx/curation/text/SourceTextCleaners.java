package org.usmx.curation.text;

import java.util.List;

/** Every paper's cleaner; `usmx clean-sources` and CanonicalTextsTest run them all. */
public final class SourceTextCleaners {

    private SourceTextCleaners() {}

    public static List<SourceTextCleaner> all() {
        return List.of(
            new DownieTextCleaner(),
            new ArztTextCleaner(),
            new DeareTextCleaner(),
            new RodriguezSumanoTextCleaner()
        );
    }
}
