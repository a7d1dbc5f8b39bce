package org.usmx.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.usmx.config.Settings;
import org.usmx.store.DataFiles;

/**
 * A throwaway project directory for tests: the real ontology/ plus fixture data from
 * src/test/resources/fixture/data (or the real data/), and its own store directory.
 */
public final class TestProject implements AutoCloseable {

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** The repository root (Maven passes it as usmx.projectDir). */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("usmx.projectDir", ".")).toAbsolutePath().normalize();
    }

    /** A copy of the real ontology with the small fixture data set. */
    public static TestProject withFixtureData() {
        return create(repositoryRoot().resolve("src/test/resources/fixture/data"));
    }

    /** A copy of the real ontology and the real curated data. */
    public static TestProject withRealData() {
        return create(repositoryRoot().resolve("data"));
    }

    private static TestProject create(Path dataSource) {
        try {
            Path root = Files.createTempDirectory("usmx-test");
            copyTree(repositoryRoot().resolve("ontology"), root.resolve("ontology"));
            copyTree(dataSource, root.resolve("data"));
            Path queries = dataSource.resolveSibling("queries");
            if (Files.isDirectory(queries)) copyTree(queries, root.resolve("queries"));
            return new TestProject(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() { return root; }

    public Path dataDir() { return root.resolve("data"); }

    public Path storeDir() { return root.resolve("store"); }

    public DataFiles dataFiles() { return new DataFiles(dataDir(), root.resolve("ontology")); }

    public Settings settings() { return Settings.defaults(root).withPort(0); }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory
        }
    }
}
