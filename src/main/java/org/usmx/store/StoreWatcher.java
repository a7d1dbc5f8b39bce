package org.usmx.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a store directory's CURRENT pointer (moved by {@code usmx load} in another process, or
 * this one) and hands each new current database to {@code onNewStore}, which switches the server
 * to it. Polling, because the pointer moves by an atomic rename that some file systems report late
 * or not at all; once a second costs nothing.
 */
public final class StoreWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWatcher.class);

    private final StoreManager stores;
    private final Consumer<Path> onNewStore;
    private final Duration interval;
    private volatile Path serving;
    private volatile boolean stopped;
    private Thread thread;

    /** @param serving the database directory served now */
    public StoreWatcher(StoreManager stores, Path serving, Duration interval, Consumer<Path> onNewStore) {
        this.stores = stores;
        this.serving = serving;
        this.interval = interval;
        this.onNewStore = onNewStore;
    }

    public StoreWatcher start() {
        thread = Thread.ofPlatform().name("usmx-store-watcher").daemon().start(this::run);
        return this;
    }

    private void run() {
        Path failed = null;
        while (!stopped) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            Path current;
            try {
                current = stores.currentDirectory();
            } catch (RuntimeException e) {
                continue; // the pointer is being replaced; look again next time
            }
            if (current == null || current.equals(serving)) continue;
            try {
                if (!current.equals(failed)) LOG.info("CURRENT now points at {}: switching to it", current.getFileName());
                onNewStore.accept(current);
                serving = current;
                failed = null;
            } catch (RuntimeException e) {
                // said once; tried again each interval (the loading process may still hold the database)
                if (!current.equals(failed)) {
                    LOG.error("cannot switch to {} yet: {}; still serving {}", current.getFileName(),
                        Objects.requireNonNullElse(e.getMessage(), e.toString()), serving.getFileName());
                }
                failed = current;
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        if (thread != null) thread.interrupt();
    }
}
