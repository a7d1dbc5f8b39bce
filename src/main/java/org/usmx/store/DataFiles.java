package org.usmx.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a store is built from: RDF under data/ and ontology/, canonical texts under
 * data/sources/. Knows which named graph each file goes to and the content hash that decides
 * whether the store must be rebuilt.
 */
public final class DataFiles {

    /** Bumped when loading/anchoring/inference logic changes, so stores built by older code rebuild. */
    public static final String BUILDER_VERSION = "1";

    private final Path dataDir;
    private final Path ontologyDir;

    public DataFiles(Path dataDir, Path ontologyDir) {
        this.dataDir = dataDir;
        this.ontologyDir = ontologyDir;
    }

    public Path dataDir() { return dataDir; }

    public Path ontologyDir() { return ontologyDir; }

    /** Turtle and TriG files under data/, sorted, excluding data/raw (source extractions). */
    public List<Path> rdfDataFiles() {
        return list(dataDir).stream()
            .filter(p -> isRdf(p))
            .filter(p -> !dataDir.relativize(p).startsWith("raw"))
            .toList();
    }

    public Path ontologyFile() { return ontologyDir.resolve("usmx.ttl"); }

    public Path shapesFile() { return ontologyDir.resolve("shapes.ttl"); }

    /** The named graph a Turtle file under data/ loads into (TriG files name their own). */
    public String graphFor(Path dataFile) {
        Path rel = dataDir.relativize(dataFile);
        if (rel.getNameCount() < 2) {
            throw new DataLoadException(display(dataFile), 0, 0,
                "Turtle files must sit in a directory under data/ (the directory names the graph)", null);
        }
        return Vocab.graphFor(rel.getName(0).toString());
    }

    /** A canonical text, by the path a SourcePaper's usmx:canonicalText gives (relative to data/). */
    public String canonicalText(String relativePath) {
        Path p = dataDir.resolve(relativePath).normalize();
        if (!p.startsWith(dataDir.normalize())) {
            throw new IllegalArgumentException("canonical text path escapes data/: " + relativePath);
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read canonical text data/" + relativePath, e);
        }
    }

    /** A path as shown in messages: relative to the project. */
    public String display(Path file) {
        Path root = dataDir.toAbsolutePath().normalize().getParent();
        Path abs = file.toAbsolutePath().normalize();
        return root != null && abs.startsWith(root) ? root.relativize(abs).toString() : file.toString();
    }

    /** SHA-256 over every file (path and bytes) under data/ and ontology/, plus the builder version. */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(BUILDER_VERSION.getBytes(StandardCharsets.UTF_8));
            for (Path root : List.of(dataDir, ontologyDir)) {
                for (Path p : list(root)) {
                    sha.update(root.getFileName().resolve(root.relativize(p)).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    try (InputStream in = Files.newInputStream(p)) {
                        sha.update(in.readAllBytes());
                    }
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRdf(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".ttl") || n.endsWith(".trig");
    }

    private static List<Path> list(Path root) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
