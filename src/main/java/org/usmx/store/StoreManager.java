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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.usmx.iri.IriPolicy;

/**
 * Owns the TDB2 stores under one directory. Each build goes into a fresh database directory;
 * only when it is complete does the CURRENT pointer move to it (an atomic rename), so a failed
 * build leaves the previous store intact and serving. The content hash of data/ and ontology/
 * is recorded beside each database; an unchanged hash reuses the store, so a restart is fast.
 *
 * <p>A store is built for one IRI base (--id-base): the files' IRIs are rewritten to it on the way
 * into TDB2 ({@link Rebase}) and the base is recorded beside the hash. A store built for another
 * base is never served as it is: {@link #open} rebuilds it, and the openers that must not rebuild
 * ({@link #openCurrent}, {@link #openDirectory}) refuse it with {@link WrongBase}.
 */
public final class StoreManager {

    private static final Logger LOG = LoggerFactory.getLogger(StoreManager.class);
    private static final String POINTER = "CURRENT";
    private static final String META = "usmx-store.properties";
    /** Present in a database directory while a process is still building it; holds that process's id. */
    private static final String BUILDING = "BUILDING";
    private static final String TRIPLES = "triples.";

    /** The largest fraction of its triples a graph may lose in one load without --allow-shrink. */
    public static final double MAX_SHRINK = 0.10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    private static final String ID_BASE = "idBase";

    private final Path storeDir;
    private final DataFiles files;
    private final IriPolicy iris;

    /** Stores for the default IRI base, {@link IriPolicy#DEFAULT_BASE}. */
    public StoreManager(Path storeDir, DataFiles files) {
        this(storeDir, files, IriPolicy.DEFAULT_BASE);
    }

    /** Stores whose data is served under {@code idBase} (Settings.idBase, flag --id-base). */
    public StoreManager(Path storeDir, DataFiles files, String idBase) {
        this.storeDir = storeDir;
        this.files = files;
        this.iris = new IriPolicy(idBase);
    }

    /** A built store was made for another IRI base than this manager serves; its message says what to do. */
    public static final class WrongBase extends IllegalStateException {
        WrongBase(Path dir, String builtFor, String wanted) {
            super("the store " + dir.getFileName() + " was built for the IRI base " + builtFor + ", not " + wanted
                + "; rebuild it for this base with ./usmx load --id-base " + wanted + " (or serve it with --id-base " + builtFor + ")");
        }
    }

    /** The IRI base this manager builds and serves stores for. */
    public String idBase() { return iris.base(); }

    /** The IRI base a built database was made for (stores built before the base was recorded: the default base). */
    public static String idBaseOf(Path dir) {
        return readMeta(dir).getProperty(ID_BASE, IriPolicy.DEFAULT_BASE);
    }

    /** Opens the current store, rebuilding it first if the data changed (or {@code force}). */
    public LoadedStore open(boolean force) {
        return open(force, false);
    }

    /**
     * Opens the current store, rebuilding it first if the data changed (or {@code force}); a
     * rebuild that would shrink a graph by more than {@link #MAX_SHRINK} fails unless {@code allowShrink}.
     */
    public LoadedStore open(boolean force, boolean allowShrink) {
        String hash = files.contentHash();
        Path current = currentDirectory();
        if (!force && current != null) {
            Properties meta = readMeta(current);
            String builtFor = meta.getProperty(ID_BASE, IriPolicy.DEFAULT_BASE);
            if (!builtFor.equals(iris.base())) {
                LOG.info("store {} was built for the IRI base {}; rebuilding for {}", current.getFileName(), builtFor, iris.base());
            } else if (hash.equals(meta.getProperty("dataHash"))) {
                LOG.info("store {} is up to date (hash {})", current.getFileName(), hash.substring(0, 12));
                return connect(current, meta, false);
            } else {
                LOG.info("data changed since store {} was built; rebuilding", current.getFileName());
            }
        }
        Path built = rebuild(hash, allowShrink);
        return connect(built, readMeta(built), true);
    }

    /** Opens the database CURRENT points at as it is (no rebuild), or returns null if there is none. */
    public LoadedStore openCurrent() {
        Path current = currentDirectory();
        return current == null ? null : openDirectory(current); // refuses a store built for another base
    }

    /** Opens one built database directory as it is; throws {@link WrongBase} if it was built for another IRI base. */
    public LoadedStore openDirectory(Path dir) {
        Properties meta = readMeta(dir);
        String builtFor = meta.getProperty(ID_BASE, IriPolicy.DEFAULT_BASE);
        if (!builtFor.equals(iris.base())) throw new WrongBase(dir, builtFor, iris.base());
        return connect(dir, meta, false);
    }

    /** The content hash of the files now (data/ and ontology/). */
    public String contentHash() {
        return files.contentHash();
    }

    /** The data hash recorded for a built database, or null. */
    public static String dataHashOf(Path dir) {
        return dir == null ? null : readMeta(dir).getProperty("dataHash");
    }

    public Path rebuild(String hash) {
        return rebuild(hash, false);
    }

    /**
     * Builds a new database from the files and points CURRENT at it. Throws (leaving CURRENT and
     * the old database untouched) if any file is broken, or if a graph shrinks by more than
     * {@link #MAX_SHRINK} against the current store and {@code allowShrink} is false.
     *
     * <p>Crash safety: the new database is written into its own fresh directory, marked as being
     * built by this process; CURRENT moves to it (an atomic rename) only after the database is
     * closed and its metadata written. A process killed at any point before leaves CURRENT on the
     * previous store, and the half-built directory is removed by the next {@code serve}.
     */
    public Path rebuild(String hash, boolean allowShrink) {
        Instant start = Instant.now();
        BuildClock clock = new BuildClock();
        DatasetGraph memory = new GraphBuilder(files).buildStrict();
        String graphBuild = clock.lap();
        Map<String, Long> counts = tripleCounts(memory);
        Path previous = currentDirectory();
        if (previous != null && !allowShrink) checkShrink(readMeta(previous), counts);
        pauseAfter("build");
        Path dir = storeDir.resolve("db-" + STAMP.format(start));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(BUILDING), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
            long quads = bulkLoad(memory, dir.resolve("tdb2"), iris);
            String tdbLoad = clock.lap();
            pauseAfter("tdb");
            Duration took = Duration.between(start, Instant.now());
            Properties meta = new Properties();
            meta.setProperty("dataHash", hash);
            meta.setProperty(ID_BASE, iris.base());
            meta.setProperty("builtAt", start.toString());
            meta.setProperty("buildMillis", Long.toString(took.toMillis()));
            meta.setProperty("quads", Long.toString(quads));
            counts.forEach((graph, n) -> meta.setProperty(TRIPLES + graph, Long.toString(n)));
            try (Writer w = Files.newBufferedWriter(dir.resolve(META), StandardCharsets.UTF_8)) {
                meta.store(w, "usmx-kg store");
            }
            pauseAfter("meta");
            Files.delete(dir.resolve(BUILDING));
            Path tmp = storeDir.resolve(POINTER + ".tmp");
            Files.writeString(tmp, dir.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(tmp, storeDir.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("built store {} in {} ms ({} quads; graph build {}, TDB2 bulk load {})", dir.getFileName(), took.toMillis(),
                quads, graphBuild, tdbLoad);
            return dir;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(dir);
            if (e instanceof IOException io) throw new UncheckedIOException("cannot write store in " + dir, io);
            throw (RuntimeException) e;
        }
    }

    /**
     * Loads every quad of {@code memory} into a new TDB2 database with TDB2's bulk loader, its IRIs
     * moved to the configured base on the way ({@link Rebase}); returns the quad count.
     */
    private static long bulkLoad(DatasetGraph memory, Path location, IriPolicy iris) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            DataLoader loader = loader(tdb);
            loader.startBulk();
            try {
                StreamRDF sink = Rebase.to(iris, loader.stream());
                sink.start();
                Txn.executeRead(memory, () -> memory.find().forEachRemaining(sink::quad));
                sink.finish();
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads() + loader.countTriples();
        } finally {
            tdb.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
        }
    }

    /** TDB2's bulk loader (usmx.loader=basic|sequential|phased|parallel; default phased, which suits two cores). */
    private static DataLoader loader(DatasetGraph tdb) {
        MonitorOutput quiet = (fmt, args) -> LOG.debug(String.format(fmt, args));
        return switch (System.getProperty("usmx.loader", "phased")) {
            case "basic" -> LoaderFactory.basicLoader(tdb, quiet);
            case "sequential" -> LoaderFactory.sequentialLoader(tdb, quiet);
            case "parallel" -> LoaderFactory.parallelLoader(tdb, quiet);
            default -> LoaderFactory.phasedLoader(tdb, quiet);
        };
    }

    /** Triples per named graph, except the inferred graph (derived, not curated). */
    private static Map<String, Long> tripleCounts(DatasetGraph dsg) {
        Map<String, Long> counts = new TreeMap<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().equals(Vocab.GRAPH_INFERRED)) counts.put(g.getURI(), dsg.getGraph(g).size() * 1L);
        }));
        return counts;
    }

    /** Fails if a graph the previous store had lost more than {@link #MAX_SHRINK} of its triples (or vanished). */
    private static void checkShrink(Properties previous, Map<String, Long> now) {
        List<String> shrunk = new ArrayList<>();
        for (String key : previous.stringPropertyNames()) {
            if (!key.startsWith(TRIPLES)) continue;
            String graph = key.substring(TRIPLES.length());
            long before = Long.parseLong(previous.getProperty(key));
            long after = now.getOrDefault(graph, 0L);
            if (before > 0 && after < before * (1 - MAX_SHRINK)) {
                shrunk.add(String.format("%s %d -> %d triples (-%d%%)", graph, before, after, Math.round(100.0 * (before - after) / before)));
            }
        }
        if (!shrunk.isEmpty()) {
            Collections.sort(shrunk);
            throw new DataShrinkException("graph(s) would shrink by more than " + Math.round(MAX_SHRINK * 100)
                + "% against the current store: " + String.join("; ", shrunk)
                + ". If that is intended, load again with --allow-shrink");
        }
    }

    /**
     * Crash-safety tests' seam: with -Dusmx.load.pauseAfter=build|tdb|meta a load stops at that
     * point and waits (printing one line), so a test can kill -9 it exactly there.
     */
    private static void pauseAfter(String phase) {
        if (!phase.equals(System.getProperty("usmx.load.pauseAfter"))) return;
        System.err.println("usmx: load paused after " + phase);
        System.err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
             .filter(p -> !beingBuilt(p))
             .forEach(StoreManager::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not list {}: {}", storeDir, e.toString());
        }
    }

    /** Whether a live process is still building this database (a load running beside the server). */
    private static boolean beingBuilt(Path dir) {
        Path marker = dir.resolve(BUILDING);
        if (!Files.exists(marker)) return false;
        try {
            long pid = Long.parseLong(Files.readString(marker, StandardCharsets.UTF_8).trim());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private LoadedStore connect(Path dir, Properties meta, boolean rebuilt) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LoadedStore(dsg, dir, meta.getProperty("dataHash"), Instant.parse(meta.getProperty("builtAt")),
            Duration.ofMillis(Long.parseLong(meta.getProperty("buildMillis", "0"))), rebuilt,
            meta.getProperty(ID_BASE, IriPolicy.DEFAULT_BASE));
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
