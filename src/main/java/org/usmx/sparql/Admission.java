package org.usmx.sparql;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code concurrency} pieces of work at once; up to {@code queue} more wait (first come,
 * first served) for at most {@code maxWait}; anything beyond is refused at once. A refusal is a
 * 503 with Retry-After, so a flood is turned away quickly instead of piling up threads and memory.
 * Each kind of work has its own Admission, so heavy SPARQL queries cannot take the capacity of
 * the cheap routes.
 */
public final class Admission {

    /** A held slot; closing it lets the next waiter in. */
    public interface Slot extends AutoCloseable {
        @Override void close();
    }

    private final String name;
    private final int concurrency;
    private final int queue;
    private final Duration maxWait;
    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    public Admission(String name, int concurrency, int queue, Duration maxWait) {
        if (concurrency < 1) throw new IllegalArgumentException(name + " concurrency must be at least 1");
        this.name = name;
        this.concurrency = concurrency;
        this.queue = queue;
        this.maxWait = maxWait;
        this.slots = new Semaphore(concurrency, true);
    }

    /** A slot, waiting at most {@code maxWait} (or {@code budget}, if shorter); else 503 with Retry-After. */
    public Slot enter(Duration budget) {
        if (slots.tryAcquire()) return slots::release;
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw busy("all " + concurrency + " slots are in use and " + queue + " requests are already waiting");
        }
        try {
            long waitMs = Math.max(0, Math.min(maxWait.toMillis(), budget.toMillis()));
            if (!slots.tryAcquire(waitMs, TimeUnit.MILLISECONDS)) {
                throw busy("no slot became free within " + String.format("%.1f", waitMs / 1000.0) + " s");
            }
            return slots::release;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the wait was interrupted");
        } finally {
            waiting.decrementAndGet();
        }
    }

    private QueryRefused busy(String why) {
        refused.incrementAndGet();
        int retry = (int) Math.max(1, Math.min(30, maxWait.toSeconds()));
        return new QueryRefused(503, "The server is busy (" + name + ": " + why + "). Retry in " + retry + " s.", retry);
    }

    public int running() { return concurrency - slots.availablePermits(); }

    public int waiting() { return waiting.get(); }

    /** Current state for /api/stats. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("concurrency", concurrency);
        m.put("queue", queue);
        m.put("maxWaitSeconds", maxWait.toMillis() / 1000.0);
        m.put("running", running());
        m.put("waiting", waiting());
        m.put("refused", refused.get());
        return m;
    }
}
