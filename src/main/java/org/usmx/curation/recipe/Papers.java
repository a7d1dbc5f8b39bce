package org.usmx.curation.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * The source papers, read from the data and nowhere else: a paper is a folder data/{id}/ whose
 * document.ttl declares a usmx:SourcePaper with the IRI …/document/{id}. Adding a paper is adding
 * such a folder ({@code usmx new-paper}); no Java list names the papers.
 */
public final class Papers {

    static final String SOURCE_PAPER = "https://w3id.org/usmx/ontology#SourcePaper";

    private Papers() {}

    /** The paper ids under {@code dataDir}, sorted. */
    public static List<String> ids(Path dataDir) {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dataDir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path document = folder.resolve("document.ttl");
                String id = folder.getFileName().toString();
                if (Files.isRegularFile(document) && declaresSourcePaper(document, id)) ids.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDir, e);
        }
        return ids;
    }

    private static boolean declaresSourcePaper(Path document, String id) {
        Model model = RDFParser.source(document).toModel();
        Resource type = model.createResource(SOURCE_PAPER);
        return model.listSubjectsWithProperty(RDF.type, type).toList().stream()
            .anyMatch(s -> s.isURIResource() && s.getURI().endsWith("/document/" + id));
    }
}
