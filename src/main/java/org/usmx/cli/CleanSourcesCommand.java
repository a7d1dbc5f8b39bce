package org.usmx.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.usmx.curation.recipe.CanonicalTextWriter;
import org.usmx.curation.recipe.Papers;
import org.usmx.curation.recipe.RecipeException;
import org.usmx.iri.IriPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "clean-sources", mixinStandardHelpOptions = true,
    description = "Regenerate the canonical texts (data/sources/*.txt) and layout graphs (data/{paper}/layout.ttl)"
        + " by running each paper's recipe (data/{paper}/recipe.yaml) over the raw extractions in data/raw/.")
final class CleanSourcesCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(paramLabel = "PAPER", arity = "0..*", description = "Paper ids to clean (default: all).")
    List<String> papers;

    @Override
    public Integer call() throws Exception {
        // The data files are written under the persistent base, whatever base the server maps them to (--id-base).
        CanonicalTextWriter writer = new CanonicalTextWriter(project.settings().dataDir(), IriPolicy.DEFAULT);
        List<String> all = Papers.ids(project.settings().dataDir());
        if (papers != null) {
            for (String p : papers) {
                if (!all.contains(p)) {
                    System.err.println("no paper " + p + " (papers: " + String.join(", ", all) + ")");
                    return 2;
                }
            }
        }
        for (String paper : all) {
            if (papers != null && !papers.isEmpty() && !papers.contains(paper)) continue;
            try {
                writer.write(paper);
            } catch (RecipeException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            System.out.println("wrote " + writer.textPath(paper) + " and " + writer.layoutPath(paper));
        }
        return 0;
    }
}
