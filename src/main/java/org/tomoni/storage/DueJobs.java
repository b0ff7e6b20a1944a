package org.tomoni.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The hand-off from whoever makes a job due on this node to the {@link JobWorkers} that run it: the job's id, now
 * or at the time it falls due, so a worker claims it by {@code _id} then instead of searching the whole
 * collection for due work.
 */
public final class DueJobs {

    private final Queue<String> ids = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Later> later = new PriorityQueue<>(Comparator.comparing(Later::at));
    private final Semaphore waiting = new Semaphore(0);
    private final AtomicBoolean lookNow = new AtomicBoolean();

    /** The job is due now: an idle worker claims it at once. */
    public void due(String id) {
        ids.add(id);
        waiting.release();
    }

    /** The job falls due at {@code at}: a worker here claims it then (if this node still runs). */
    public void dueAt(String id, Instant at) {
        synchronized (later) {
            later.add(new Later(id, at));
        }
        // a waiting worker works out again how long to wait
        waiting.release();
    }

    /** Jobs may be due that were not handed over one by one (found again after a restart): a worker looks now. */
    public void lookAround() {
        lookNow.set(true);
        waiting.release();
    }

    /** Hands over the jobs whose time has come; returns when the next one falls due, or null. */
    @Nullable Instant handOverDue(Instant now) {
        synchronized (later) {
            while (!later.isEmpty() && !later.peek().at().isAfter(now)) {
                ids.add(later.poll().id());
            }
            return later.isEmpty() ? null : later.peek().at();
        }
    }

    @Nullable String next() {
        return ids.poll();
    }

    boolean lookRequested() {
        return lookNow.getAndSet(false);
    }

    /** Until something is handed over (the id itself is then taken from the queue) or the time is up. */
    void await(Duration atMost) throws InterruptedException {
        waiting.tryAcquire(Math.max(1, atMost.toMillis()), TimeUnit.MILLISECONDS);
    }

    void wakeAll(int workers) {
        waiting.release(workers);
    }

    private record Later(String id, Instant at) {
    }
}
