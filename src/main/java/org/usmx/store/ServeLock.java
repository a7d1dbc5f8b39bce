package org.usmx.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a store directory as served by one {@code usmx serve}: an OS file lock on
 * {@code serve.lock} (released by the OS even after kill -9, so it never goes stale) and beside it
 * {@code serve.properties} with the process id and port, so that other commands (query, export,
 * a second serve) know who is serving and where to send their request.
 */
public final class ServeLock implements AutoCloseable {

    private static final String LOCK = "serve.lock";
    private static final String INFO = "serve.properties";

    /** Who serves a store: process id and HTTP port (-1 while it is still starting). */
    public record Server(long pid, int port) {
        public String url() { return "http://localhost:" + port; }

        public String describe() {
            return "usmx serve (pid " + pid + (port > 0 ? ", " + url() + "/" : ", starting") + ")";
        }
    }

    /** Another process already serves this store. */
    public static final class InUse extends RuntimeException {
        private final Server server;

        InUse(Server server) {
            super("store already served by " + server.describe());
            this.server = server;
        }

        public Server server() { return server; }
    }

    /**
     * Locks this JVM holds, by store directory. POSIX file locks belong to the process and closing
     * any channel on the file drops them all, so this JVM never probes a lock file it holds.
     */
    private static final Map<Path, ServeLock> HELD = new ConcurrentHashMap<>();

    private final Path storeDir;
    private final FileChannel channel;
    private final FileLock lock;

    private ServeLock(Path storeDir, FileChannel channel, FileLock lock) {
        this.storeDir = storeDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the store for this process, or throws {@link InUse} naming the process that has it. */
    public static synchronized ServeLock acquire(Path storeDir) {
        storeDir = key(storeDir);
        if (HELD.containsKey(storeDir)) throw new InUse(readInfo(storeDir).orElse(new Server(ProcessHandle.current().pid(), -1)));
        try {
            Files.createDirectories(storeDir);
            FileChannel channel = FileChannel.open(storeDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new InUse(readInfo(storeDir).orElse(new Server(-1, -1)));
            }
            ServeLock taken = new ServeLock(storeDir, channel, lock);
            HELD.put(storeDir, taken);
            taken.announce(-1);
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + storeDir.resolve(LOCK), e);
        }
    }

    /** Records the port the server listens on, for other commands to find it. */
    public void announce(int port) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("port", Integer.toString(port));
        try {
            Path tmp = storeDir.resolve(INFO + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "usmx serve: who serves this store");
            }
            Files.move(tmp, storeDir.resolve(INFO), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + storeDir.resolve(INFO), e);
        }
    }

    /** The process serving {@code storeDir}, if one is (its lock is held). */
    public static Optional<Server> holder(Path storeDir) {
        storeDir = key(storeDir);
        if (HELD.containsKey(storeDir)) return Optional.of(readInfo(storeDir).orElse(new Server(ProcessHandle.current().pid(), -1)));
        Path lockFile = storeDir.resolve(LOCK);
        if (!Files.exists(lockFile)) return Optional.empty();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = tryLock(channel);
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(readInfo(storeDir).orElse(new Server(-1, -1)));
    }

    private static Path key(Path storeDir) {
        return storeDir.toAbsolutePath().normalize();
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            return null;
        }
    }

    private static Optional<Server> readInfo(Path storeDir) {
        Path info = storeDir.resolve(INFO);
        if (!Files.exists(info)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new Server(Long.parseLong(p.getProperty("pid", "-1")), Integer.parseInt(p.getProperty("port", "-1"))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        HELD.remove(storeDir, this);
        try {
            Files.deleteIfExists(storeDir.resolve(INFO));
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock when the process ends anyway
        }
    }
}
