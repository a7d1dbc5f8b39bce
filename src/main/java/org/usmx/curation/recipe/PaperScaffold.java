package org.usmx.curation.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.usmx.iri.IriPolicy;

/**
 * Starts a new paper ({@code usmx new-paper}): copies its text to data/raw/{id}.txt and writes
 * data/{id}/ with the document record, a recipe that only splits paragraphs, an empty claims file
 * whose comments state the conventions, and expectations at zero. Nothing is overwritten. The
 * templates are under src/main/resources/new-paper/.
 */
public final class PaperScaffold {

    private static final Pattern ISSUED = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** What the researcher knows of the paper; only the title is required (else taken from the text's first line). */
    public record Metadata(String title, String author, String issued) {}

    private final Path dataDir;
    private final IriPolicy iris;

    /** @param iris the URI policy under the configured base: the paper id is a slug, the prefixes its namespaces */
    public PaperScaffold(Path dataDir, IriPolicy iris) {
        this.dataDir = dataDir;
        this.iris = iris;
    }

    /** Creates the paper's files and returns them, in the order written. */
    public List<Path> create(String id, Path textFile, Metadata metadata) throws IOException {
        if (!IriPolicy.isSlug(id)) {
            throw new RecipeException("a paper id is lower-case words and numbers joined by hyphens, e.g. smith-2010; not \"" + id + "\"");
        }
        if (!Files.isRegularFile(textFile)) throw new RecipeException("no text file " + textFile);
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        if (text.isBlank()) throw new RecipeException("the text file " + textFile + " is empty");
        Path folder = dataDir.resolve(id);
        String rawName = id + ".txt";
        Path raw = dataDir.resolve("raw").resolve(rawName);
        Path canonical = dataDir.resolve("sources").resolve(id + ".txt");
        for (Path p : List.of(folder, raw, canonical)) {
            if (Files.exists(p)) throw new RecipeException(dataDir.getParent().relativize(p) + " already exists; a new paper needs a new id");
        }
        if (metadata.issued() != null && !ISSUED.matcher(metadata.issued()).matches()) {
            throw new RecipeException("--issued is a date as printed: YYYY, YYYY-MM or YYYY-MM-DD; not \"" + metadata.issued() + "\"");
        }

        String title = metadata.title();
        String metadataSource;
        if (title == null || title.isBlank()) {
            title = text.strip().lines().findFirst().orElseThrow().strip();
            metadataSource = "Title taken by usmx new-paper from the first line of the text; check it against the printed paper.";
        } else {
            metadataSource = "Title" + (metadata.author() != null ? ", author" : "") + (metadata.issued() != null ? ", date" : "")
                + " as given to usmx new-paper by the curator.";
        }
        StringBuilder optional = new StringBuilder();
        if (metadata.author() != null) optional.append("    usmx:authorName ").append(literal(metadata.author())).append(" ;\n");
        if (metadata.issued() != null) optional.append("    dcterms:issued \"").append(metadata.issued()).append("\"^^xsd:")
            .append(metadata.issued().length() == 4 ? "gYear" : metadata.issued().length() == 7 ? "gYearMonth" : "date").append(" ;\n");

        List<Path> written = new ArrayList<>();
        Files.createDirectories(raw.getParent());
        Files.createDirectories(folder);
        Files.writeString(raw, text, StandardCharsets.UTF_8);
        written.add(raw);
        for (String name : List.of("document.ttl", Recipe.FILE_NAME, "claims.ttl", Expectations.FILE_NAME)) {
            String content = template(name)
                .replace("{{ID}}", id).replace("{{RAW}}", rawName).replace("{{BASE}}", iris.base())
                .replace("{{TITLE}}", literal(title)).replace("{{OPTIONAL}}", optional)
                .replace("{{METADATA_SOURCE}}", literal(metadataSource));
            Path file = folder.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    private static String literal(String s) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(s));
    }

    private static String template(String name) {
        try (InputStream in = PaperScaffold.class.getResourceAsStream("/new-paper/" + name)) {
            if (in == null) throw new IllegalStateException("template new-paper/" + name + " missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
