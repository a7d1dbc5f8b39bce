package org.usmx.cli;

import java.net.BindException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.usmx.config.Settings;
import org.usmx.server.Application;
import org.usmx.server.UsmxServer;
import org.usmx.store.DataLoadException;
import org.usmx.store.LoadedStore;
import org.usmx.store.ServeLock;
import org.usmx.store.StoreManager;
import org.usmx.store.StoreWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Build the store from data/ if it changed, then serve SPARQL, API and pages on one port.",
        "If data/ is broken, the last good store is served and the log says why it was not rebuilt.",
        "`usmx load` in another shell makes the running server switch to the new store."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin ProjectOptions project;

    @Option(names = {"-p", "--port"}, description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "${env:USMX_PORT:-8080}")
    int port;

    @Option(names = "--timeout", description = "Query timeout in seconds; a request's ?timeout may only lower it (default: ${DEFAULT-VALUE}).",
        defaultValue = "${env:USMX_QUERY_TIMEOUT:-30}")
    long timeoutSeconds;

    @Option(names = "--max-rows", description = "Largest SELECT result served; larger ones are refused (default: ${DEFAULT-VALUE}).",
        defaultValue = "${env:USMX_MAX_ROWS:-10000}")
    int maxRows;

    @Option(names = "--allow-shrink",
        description = "Accept a rebuild in which a graph loses more than 10%% of its triples against the last store.")
    boolean allowShrink;

    /** A server with everything that keeps it going: the store lock and the watcher that switches stores. */
    record Serving(UsmxServer server, ServeLock lock, StoreWatcher watcher, LoadedStore first) implements AutoCloseable {
        @Override
        public void close() {
            watcher.close();
            server.close();
            server.store().close();
            first.close();
            lock.close();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = project.settings().withPort(port)
            .withQueryTimeout(ProjectOptions.seconds(timeoutSeconds)).withMaxRows(maxRows);
        org.usmx.server.ServerLog.toStandardOutput(); // the server's log goes to stdout (README "Logs")
        Serving serving = start(settings, new StoreManager(settings.storeDir(), project.dataFiles(), settings.idBase()), allowShrink);
        if (serving == null) return 1;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            serving.close();
            stopped.countDown();
        }, "usmx-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Takes the store, opens it (rebuilding if data/ changed; the last good store if that fails),
     * starts the server and the watcher. Returns null after saying why in one line on stderr.
     */
    static Serving start(Settings settings, StoreManager stores, boolean allowShrink) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.currentTimeMillis();
        ServeLock lock;
        try {
            lock = ServeLock.acquire(settings.storeDir());
        } catch (ServeLock.InUse e) {
            System.err.println("usmx serve: the store " + settings.storeDir() + " is already served by " + e.server().describe()
                + "; stop that process first, or serve another store with --store");
            return null;
        }
        LoadedStore store = openForServing(stores, allowShrink);
        if (store == null) {
            lock.close();
            return null;
        }
        stores.removeStaleDatabases();
        long t1 = System.currentTimeMillis();
        UsmxServer server;
        try {
            server = Application.build(settings, store).start();
        } catch (RuntimeException e) {
            store.close();
            lock.close();
            if (!causedBy(e, BindException.class)) throw e;
            System.err.println("usmx serve: port " + settings.port() + " is in use by another process; choose another with --port or USMX_PORT");
            return null;
        }
        lock.announce(server.port());
        long t2 = System.currentTimeMillis();
        LOG.info("serving {} ms after the JVM started (JVM and CLI {} ms, store {} ms, server {} ms; caches warm in the background)",
            t2 - jvmStart, t0 - jvmStart, t1 - t0, t2 - t1);
        StoreWatcher watcher = new StoreWatcher(stores, store.directory(), Duration.ofSeconds(1),
            dir -> server.switchTo(stores.openDirectory(dir)).thenRun(stores::removeStaleDatabases)).start();
        return new Serving(server, lock, watcher, store);
    }

    /** The store to serve: rebuilt if data/ changed; if that fails, the last good one, said loudly. */
    private static LoadedStore openForServing(StoreManager stores, boolean allowShrink) {
        try {
            return stores.open(false, allowShrink);
        } catch (DataLoadException e) {
            LoadedStore last = stores.openCurrent();
            if (last == null) {
                System.err.println("usmx serve: cannot build the store, and there is no earlier one to serve: " + e.getMessage());
                return null;
            }
            LOG.error("NOT RELOADED: {} -- still serving the last good store {} built {}; fix data/ and run ./usmx load",
                e.getMessage(), last.directory().getFileName(), last.builtAt());
            return last;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
