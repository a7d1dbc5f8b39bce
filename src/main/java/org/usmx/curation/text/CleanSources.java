package org.usmx.curation.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Regenerates canonical texts and layout graphs: {@code CleanSources <dataDir> [paperId...]}.
 * Needs only the JDK, so curators can run it with plain javac/java while the rest builds.
 * The CLI exposes the same as {@code usmx clean-sources}.
 */
public final class CleanSources {

    private CleanSources() {}

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "data");
        Set<String> only = args.length > 1 ? Set.copyOf(java.util.Arrays.asList(args).subList(1, args.length)) : Set.of();
        CanonicalTextWriter writer = new CanonicalTextWriter(dataDir);
        for (SourceTextCleaner cleaner : SourceTextCleaners.all()) {
            if (!only.isEmpty() && !only.contains(cleaner.paperId())) continue;
            writer.write(cleaner);
            System.out.println("wrote " + writer.textPath(cleaner.paperId()) + " and " + writer.layoutPath(cleaner.paperId()));
        }
    }
}
