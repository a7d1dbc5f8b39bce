package org.usmx.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the TDB2 stores under one directory. Each build goes into a fresh database directory;
 * only when it is complete does the CURRENT pointer move to it (an atomic rename), so a failed
 * build leaves the previous store intact and serving. The content hash of data/ and ontology/
 * is recorded beside each database; an unchanged hash reuses the store, so a restart is fast.
 */
public final class StoreManager {

    private static final Logger LOG = LoggerFactory.getLogger(StoreManager.class);
    private static final String POINTER = "CURRENT";
    private static final String META = "usmx-store.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    private final Path storeDir;
    private final DataFiles files;

    public StoreManager(Path storeDir, DataFiles files) {
        this.storeDir = storeDir;
        this.files = files;
    }

    /** Opens the current store, rebuilding it first if the data changed (or {@code force}). */
    public LoadedStore open(boolean force) {
        String hash = files.contentHash();
        Path current = currentDirectory();
        if (!force && current != null) {
            Properties meta = readMeta(current);
            if (hash.equals(meta.getProperty("dataHash"))) {
                LOG.info("store {} is up to date (hash {})", current.getFileName(), hash.substring(0, 12));
                return connect(current, meta, false);
            }
            LOG.info("data changed since store {} was built; rebuilding", current.getFileName());
        }
        Path built = rebuild(hash);
        return connect(built, readMeta(built), true);
    }

    /**
     * Builds a new database from the files and points CURRENT at it. Throws (leaving CURRENT and
     * the old database untouched) if any file is broken.
     */
    public Path rebuild(String hash) {
        Instant start = Instant.now();
        DatasetGraph memory = new GraphBuilder(files).buildStrict();
        Path dir = storeDir.resolve("db-" + STAMP.format(start));
        try {
            Files.createDirectories(dir);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
            try {
                Txn.executeWrite(tdb, () -> memory.find().forEachRemaining(tdb::add));
            } finally {
                tdb.close();
                org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
            }
            Duration took = Duration.between(start, Instant.now());
            Properties meta = new Properties();
            meta.setProperty("dataHash", hash);
            meta.setProperty("builtAt", start.toString());
            meta.setProperty("buildMillis", Long.toString(took.toMillis()));
            try (Writer w = Files.newBufferedWriter(dir.resolve(META), StandardCharsets.UTF_8)) {
                meta.store(w, "usmx-kg store");
            }
            Path tmp = storeDir.resolve(POINTER + ".tmp");
            Files.writeString(tmp, dir.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(tmp, storeDir.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("built store {} in {} ms", dir.getFileName(), took.toMillis());
            return dir;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(dir);
            if (e instanceof IOException io) throw new UncheckedIOException("cannot write store in " + dir, io);
            throw (RuntimeException) e;
        }
    }

    /** The database CURRENT points at, or null if there is none yet. */
    public Path currentDirectory() {
        Path pointer = storeDir.resolve(POINTER);
        if (!Files.exists(pointer)) return null;
        try {
            Path dir = storeDir.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
            return Files.isDirectory(dir) ? dir : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes databases other than the current one (call only when no other process uses them). */
    public void removeStaleDatabases() {
        Path current = currentDirectory();
        if (!Files.isDirectory(storeDir)) return;
        try (Stream<Path> s = Files.list(storeDir)) {
            s.filter(p -> p.getFileName().toString().startsWith("db-"))
             .filter(p -> current == null || !p.equals(current))
             .forEach(StoreManager::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not list {}: {}", storeDir, e.toString());
        }
    }

    private LoadedStore connect(Path dir, Properties meta, boolean rebuilt) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LoadedStore(dsg, dir, meta.getProperty("dataHash"), Instant.parse(meta.getProperty("builtAt")),
            Duration.ofMillis(Long.parseLong(meta.getProperty("buildMillis", "0"))), rebuilt);
    }

    private static Properties readMeta(Path dir) {
        Properties p = new Properties();
        Path f = dir.resolve(META);
        if (Files.exists(f)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.toString());
        }
    }
}
