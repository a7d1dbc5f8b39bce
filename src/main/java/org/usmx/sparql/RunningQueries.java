package org.usmx.sparql;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the SPARQL queries that are executing and stops one (through ARQ's cancel signal,
 * which every iterator and our bounded regex check) when:
 * <ul>
 * <li>after a garbage collection the heap is still fuller than the set fraction of its maximum:
 *     the query that has allocated most since it started is stopped, one per collection, until
 *     the heap is below the line again. Sorting, DISTINCT and grouping spill to disk first
 *     (ARQ.spillToDiskThreshold); this catches what cannot spill (a huge GROUP_CONCAT, a hash
 *     join's table) long before the heap runs out;</li>
 * <li>the client has disconnected: nobody will read the answer.</li>
 * </ul>
 */
public final class RunningQueries implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningQueries.class);
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Why a query was stopped by this watcher. */
    public enum Stop { MEMORY, CLIENT_GONE }

    /** One executing query. */
    public final class Running implements AutoCloseable {
        private final QueryExec exec;
        private final BooleanSupplier clientGone;
        private final long threadId = Thread.currentThread().threadId();
        private final long allocatedAtStart = allocated(threadId);
        private volatile Stop stopped;
        private boolean closed;

        private Running(QueryExec exec, BooleanSupplier clientGone) {
            this.exec = exec;
            this.clientGone = clientGone;
        }

        /** Why the watcher stopped the query, or null if it did not. */
        public Stop stopped() { return stopped; }

        long allocatedSinceStart() { return allocated(threadId) - allocatedAtStart; }

        void stop(Stop why) {
            if (stopped != null) return;
            stopped = why;
            exec.abort();
        }

        /** Whether the client has gone; never asked once the query is closed (its connection may be serving the next request). */
        synchronized boolean clientGone() {
            return !closed && clientGone.getAsBoolean();
        }

        @Override
        public synchronized void close() {
            closed = true;
            running.remove(this);
        }
    }

    private final double heapFraction;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final List<Runnable> unregister = new ArrayList<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "usmx-query-watch");
        t.setDaemon(true);
        return t;
    });

    public RunningQueries(double heapFraction) {
        this.heapFraction = heapFraction;
        NotificationListener onGc = this::onGarbageCollection;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(onGc, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(onGc);
                    } catch (Exception e) {
                        // already gone
                    }
                });
            }
        }
        clock.scheduleWithFixedDelay(this::checkClients, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** Registers the calling thread's query; close the result when the query is done. */
    public Running watch(QueryExec exec, BooleanSupplier clientGone) {
        Running r = new Running(exec, clientGone);
        running.add(r);
        return r;
    }

    public int count() { return running.size(); }

    private void checkClients() {
        for (Running r : running) {
            try {
                if (r.stopped == null && r.clientGone()) {
                    LOG.info("client went away; stopping its query");
                    r.stop(Stop.CLIENT_GONE);
                }
            } catch (RuntimeException e) {
                LOG.debug("client check failed", e);
            }
        }
    }

    private void onGarbageCollection(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        long max = Runtime.getRuntime().maxMemory();
        if (used <= heapFraction * max) return;
        running.stream().filter(r -> r.stopped == null)
            .max(Comparator.comparingLong(Running::allocatedSinceStart))
            .ifPresent(r -> {
                LOG.warn("heap {} MB of {} MB after GC (limit {}%): stopping the query that allocated most ({} MB)",
                    used >> 20, max >> 20, Math.round(heapFraction * 100), r.allocatedSinceStart() >> 20);
                r.stop(Stop.MEMORY);
            });
    }

    private static long allocated(long threadId) {
        try {
            return THREADS.getThreadAllocatedBytes(threadId);
        } catch (UnsupportedOperationException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        unregister.forEach(Runnable::run);
        clock.shutdownNow();
    }
}
