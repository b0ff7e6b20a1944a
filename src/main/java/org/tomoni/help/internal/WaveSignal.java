package org.tomoni.help.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Wakes an idle wave worker at once when a job becomes due, rather than at its next look. */
@Component
class WaveSignal {

    private final Semaphore due = new Semaphore(0);

    void nudge() {
        due.release();
    }

    void awaitNudge(Duration atMost) throws InterruptedException {
        due.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    void wakeAll(int workers) {
        due.release(workers);
    }
}
