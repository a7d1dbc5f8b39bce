package org.usmx.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dumps of one data release (TriG, N-Quads, JSON-LD, each also gzipped), written once as files
 * inside the store's directory and then only read. The store never changes while it is served, so
 * a dump made once holds for every request, and for every later start over the same store; the
 * files go when the store directory goes. Each file is written under a temporary name and moved
 * into place, so a reader (or a crash) never sees half a dump.
 */
public final class ReleaseDumps {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseDumps.class);
    private static final String DIRECTORY = "dumps";

    /** The published file names, in the order an index lists them. */
    public static final List<String> NAMES = List.of(
        "usmx.trig", "usmx.trig.gz", "usmx.nq", "usmx.nq.gz", "usmx.jsonld", "usmx.jsonld.gz");
    private static final Map<String, Exporter.Format> FORMATS = Map.of(
        "usmx.trig", Exporter.Format.TRIG, "usmx.nq", Exporter.Format.NQUADS, "usmx.jsonld", Exporter.Format.JSONLD);

    private final LoadedStore store;
    private final Path directory;
    /** One lock per file: two first requests for one dump write it once. */
    private final Map<String, Object> writing = new ConcurrentHashMap<>();

    public ReleaseDumps(LoadedStore store) {
        this.store = store;
        this.directory = store.directory().resolve(DIRECTORY);
    }

    /** The release these dumps belong to: a prefix of the data hash, used in their immutable URLs. */
    public String release() {
        return store.dataHash().substring(0, Math.min(16, store.dataHash().length()));
    }

    /** The media type of a published name, or empty for a name that is not a dump. */
    public static Optional<String> mediaType(String name) {
        if (!NAMES.contains(name)) return Optional.empty();
        return Optional.of(name.endsWith(".gz") ? "application/gzip" : FORMATS.get(name).mediaType);
    }

    /** The file of a published name, written first if this store has none yet. */
    public Path file(String name) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("not a dump: " + name);
        Path target = directory.resolve(name);
        if (Files.isRegularFile(target)) return target;
        synchronized (writing.computeIfAbsent(name, n -> new Object())) {
            if (!Files.isRegularFile(target)) write(name, target);
        }
        return target;
    }

    /** Writes every dump not yet written, one after the other (for a background thread at start). */
    public void writeAll() {
        long start = System.nanoTime();
        for (String name : NAMES) {
            if (store.isClosed()) return;
            file(name);
        }
        LOG.info("dumps of {} ready in {} ms", store, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Dumps are made once per release, not on the first request for them: a low-priority thread
     * writes whatever the store directory lacks (nothing, on a restart over a built store).
     */
    public void writeInBackground() {
        Thread t = Thread.ofPlatform().name("usmx-dumps").daemon().unstarted(() -> {
            try {
                writeAll();
            } catch (RuntimeException e) {
                // the store was switched away or closed while writing; a request writes the file on demand
                LOG.debug("dumps not written in the background: {}", e.toString());
            }
        });
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void write(String name, Path target) {
        boolean gz = name.endsWith(".gz");
        // a .gz is its plain twin compressed: serialising once is half the work (JSON-LD is the slow one)
        Path plain = gz ? file(name.substring(0, name.length() - 3)) : null;
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, name, ".partial");
            try {
                try (OutputStream file = Files.newOutputStream(partial);
                     OutputStream out = gz ? new GZIPOutputStream(file, 1 << 16) : new java.io.BufferedOutputStream(file, 1 << 16)) {
                    if (gz) Files.copy(plain, out);
                    else Exporter.write(store.dataset(), FORMATS.get(name), out);
                }
                readableByAll(partial);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write dump " + target, e);
        }
    }

    /** rw-r--r--, like the export command's files: a web server in front may serve the directory. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // the default permissions of a non-POSIX file system stand
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
