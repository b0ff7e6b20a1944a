package org.tomoni.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker threads for a collection of jobs claimed with leases (the outbox, help's offer waves). A job handed over
 * on this node ({@link DueJobs}) is claimed by its {@code _id} when it falls due; the whole collection is searched
 * for due work — jobs of a node that died, jobs from before a restart — when the workers start, once every
 * {@code search} interval, and again right after a search found something (more may be waiting). On the embedded
 * store a search reads the whole collection and holds it meanwhile, so searching rarely keeps everyone else's
 * reads and writes of it quick.
 */
public final class JobWorkers {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    /** What the workers run. */
    public interface Jobs {

        /** Claims the job if it is due and nobody holds it, and runs it; false if there was nothing to claim. */
        boolean runIfDue(String id) throws InterruptedException;

        /** Searches for a due job, claims and runs it; false when none was due. */
        boolean runAnyDue() throws InterruptedException;
    }

    private final String name;
    private final int count;
    private final Duration search;
    private final DueJobs due;
    private final Jobs jobs;
    private final Clock clock;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong lastSearch;
    private volatile boolean running;

    /** @param clock the clock jobs fall due by (the application's, which tests may move) */
    public JobWorkers(String name, int count, Duration search, DueJobs due, Jobs jobs, Clock clock) {
        this.name = name;
        this.count = count;
        this.search = search;
        this.due = due;
        this.jobs = jobs;
        this.clock = clock;
        this.lastSearch = new AtomicLong(System.nanoTime() - search.toNanos());
    }

    public void start() {
        running = true;
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::work));
        }
    }

    public void stop() {
        running = false;
        due.wakeAll(threads.size());
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    public boolean isRunning() {
        return running;
    }

    /** Runs one job, a handed-over one first: for tests, which drive the workers step by step. */
    public boolean runNext() throws InterruptedException {
        due.handOverDue(clock.instant());
        return runHandedOver() || jobs.runAnyDue();
    }

    private boolean runHandedOver() throws InterruptedException {
        for (String id = due.next(); id != null; id = due.next()) {
            // one that is not due yet, or already taken, is found by a later search or was run elsewhere
            if (jobs.runIfDue(id)) {
                return true;
            }
        }
        return false;
    }

    private boolean timeToSearch() {
        return due.lookRequested() || System.nanoTime() - lastSearch.get() >= search.toNanos();
    }

    /** Until the next search, or the next job handed over for later falls due, whichever is sooner. */
    private Duration untilNext(@Nullable Instant nextDue) {
        Duration untilSearch = search.minusNanos(System.nanoTime() - lastSearch.get());
        if (nextDue == null) {
            return untilSearch;
        }
        Duration untilDue = Duration.between(clock.instant(), nextDue);
        return untilDue.compareTo(untilSearch) < 0 ? untilDue : untilSearch;
    }

    private void work() {
        while (running) {
            try {
                Instant nextDue = due.handOverDue(clock.instant());
                if (runHandedOver()) {
                    continue;
                }
                if (timeToSearch()) {
                    lastSearch.set(System.nanoTime());
                    if (jobs.runAnyDue()) {
                        due.lookAround();
                        continue;
                    }
                }
                due.await(untilNext(nextDue));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The store may be briefly unreachable; a claimed job's lease runs out and it is run again.
                log.warn("{} hit an error; continuing", name, e);
                due.lookAround();
                try {
                    Thread.sleep(Duration.ofSeconds(1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
