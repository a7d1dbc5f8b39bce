package org.usmx.curation.text;

import java.util.List;

/**
 * Turns the raw extraction(s) of one source paper into its canonical text.
 * One implementation per paper; each is a documented, repeatable procedure whose
 * output is committed under data/sources/ and checked by CanonicalTextsTest.
 */
public interface SourceTextCleaner {

    /** Paper id, e.g. "downie-2011"; names data/sources/{id}.txt and data/{id}/layout.ttl. */
    String paperId();

    /** Raw extraction file names under data/raw/, in the order {@link #clean} receives them. */
    List<String> rawFiles();

    /** Cleans the raw texts (same order as {@link #rawFiles()}). Must be deterministic. */
    CleanedText clean(List<String> rawContents);

    /** The one raw extraction of a single-file cleaner, line ends normalised to LF. */
    static String singleRaw(List<String> rawContents) {
        if (rawContents.size() != 1) throw new IllegalArgumentException("expected one raw file, got " + rawContents.size());
        return rawContents.get(0).replace("\r\n", "\n").replace('\r', '\n');
    }
}
