package org.usmx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.usmx.config.Settings;
import org.usmx.curation.recipe.CanonicalTextWriter;
import org.usmx.curation.recipe.PaperScaffold;
import org.usmx.curation.recipe.RecipeException;
import org.usmx.iri.IriPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new-paper", mixinStandardHelpOptions = true,
    description = {"Start a new paper: copy its text to data/raw/ID.txt and write data/ID/ (document record, cleaning recipe,"
        + " claims file with the conventions in comments, expectations), then run the recipe once.",
        "Next steps: docs/adding-a-paper.md."})
final class NewPaperCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(paramLabel = "ID", description = "Paper id, lower-case words joined by hyphens, usually author-year (e.g. smith-2010).")
    String id;

    @Option(names = "--text", required = true, paramLabel = "FILE", description = "The paper's plain-text extraction (UTF-8).")
    Path text;

    @Option(names = "--title", description = "Title as printed (default: the text's first line).")
    String title;

    @Option(names = "--author", description = "Author name(s) as printed.")
    String author;

    @Option(names = "--issued", paramLabel = "DATE", description = "Date of publication as printed: YYYY, YYYY-MM or YYYY-MM-DD.")
    String issued;

    @Override
    public Integer call() throws Exception {
        Settings settings = project.settings();
        // The data files are written under the persistent base, whatever base the server maps them to (--id-base).
        IriPolicy iris = IriPolicy.DEFAULT;
        List<Path> written;
        try {
            written = new PaperScaffold(settings.dataDir(), iris).create(id, text, new PaperScaffold.Metadata(title, author, issued));
        } catch (RecipeException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        for (Path p : written) System.out.println("wrote " + settings.projectDir().relativize(p));
        try {
            new CanonicalTextWriter(settings.dataDir(), iris).write(id);
            System.out.println("wrote data/sources/" + id + ".txt and data/" + id + "/layout.ttl (the recipe ran)");
        } catch (RecipeException e) {
            System.out.println("the text is not clean yet: " + e.getMessage());
            System.out.println("add steps to data/" + id + "/recipe.yaml, then run ./usmx clean-sources " + id);
        }
        System.out.println("next: curate data/" + id + "/claims.ttl, then ./usmx validate and ./usmx load (docs/adding-a-paper.md)");
        return 0;
    }
}
