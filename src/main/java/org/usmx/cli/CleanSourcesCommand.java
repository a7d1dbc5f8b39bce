package org.usmx.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.usmx.curation.text.CanonicalTextWriter;
import org.usmx.curation.text.SourceTextCleaner;
import org.usmx.curation.text.SourceTextCleaners;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "clean-sources", mixinStandardHelpOptions = true,
    description = "Regenerate the canonical texts (data/sources/*.txt) and layout graphs from the raw extractions in data/raw/.")
final class CleanSourcesCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(paramLabel = "PAPER", arity = "0..*", description = "Paper ids to clean (default: all).")
    List<String> papers;

    @Override
    public Integer call() throws Exception {
        CanonicalTextWriter writer = new CanonicalTextWriter(project.settings().dataDir());
        for (SourceTextCleaner cleaner : SourceTextCleaners.all()) {
            if (papers != null && !papers.isEmpty() && !papers.contains(cleaner.paperId())) continue;
            writer.write(cleaner);
            System.out.println("wrote " + writer.textPath(cleaner.paperId()));
        }
        return 0;
    }
}
