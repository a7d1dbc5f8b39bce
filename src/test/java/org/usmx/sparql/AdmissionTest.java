package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class AdmissionTest {

    @Test
    void beyondTheSlotsOneWaitsAndTheNextIsTurnedAwayAtOnce() throws Exception {
        Admission a = new Admission("test", 1, 1, Duration.ofMillis(400));
        try (Admission.Slot held = a.enter(Duration.ofSeconds(5))) {
            assertEquals(1, a.running());
            CountDownLatch waiting = new CountDownLatch(1);
            AtomicReference<QueryRefused> waited = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                waiting.countDown();
                try (Admission.Slot s = a.enter(Duration.ofSeconds(5))) {
                    // not reached while the slot is held
                } catch (QueryRefused r) {
                    waited.set(r);
                }
            });
            waiter.start();
            waiting.await();
            while (a.waiting() == 0 && waiter.isAlive()) Thread.sleep(5);
            long start = System.nanoTime();
            QueryRefused full = assertThrows(QueryRefused.class, () -> a.enter(Duration.ofSeconds(5)));
            assertTrue((System.nanoTime() - start) / 1e6 < 200, "refused without waiting");
            assertEquals(503, full.status());
            assertTrue(full.retryAfterSeconds() >= 1);
            assertTrue(full.getMessage().contains("waiting"), full.getMessage());
            waiter.join();
            assertEquals(503, waited.get().status(), "the waiter gave up after its wait");
            assertTrue(waited.get().getMessage().contains("within"), waited.get().getMessage());
        }
        assertEquals(0, a.running());
        try (Admission.Slot again = a.enter(Duration.ofSeconds(1))) {
            assertEquals(1, a.running(), "a released slot is free again");
        }
        assertEquals(2L, a.describe().get("refused"));
    }

    @Test
    void aWaiterGetsTheSlotWhenItIsReleased() throws Exception {
        Admission a = new Admission("test", 1, 1, Duration.ofSeconds(5));
        Admission.Slot held = a.enter(Duration.ofSeconds(5));
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.close();
        });
        releaser.start();
        try (Admission.Slot mine = a.enter(Duration.ofSeconds(5))) {
            assertEquals(1, a.running());
        }
        releaser.join();
    }
}
