package org.tomoni.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tomoni.testsupport.MovableClock;

/** Handed-over jobs are claimed by id; the collection is searched only now and then, but never forgotten. */
class JobWorkersTest {

    private final DueJobs due = new DueJobs();
    private final CountingJobs jobs = new CountingJobs();
    private final MovableClock clock = new MovableClock();
    private JobWorkers workers;

    @AfterEach
    void stop() {
        if (workers != null) {
            workers.stop();
        }
    }

    @Test
    void theWorkersSearchOnceAtStartThenClaimHandedOverJobsByTheirIdWithoutSearching() {
        workers = started(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> jobs.searches.get() == 1);

        due.due("job-1");

        await().atMost(Duration.ofSeconds(5)).until(() -> jobs.ran.contains("job-1"));
        assertThat(jobs.searches).hasValue(1);
    }

    @Test
    void aJobHandedOverForLaterIsClaimedWhenItFallsDueAndNotBefore() {
        workers = started(Duration.ofHours(1));
        Instant inHalfASecond = Instant.now().plusMillis(500);

        due.dueAt("job-later", inHalfASecond);

        await().atMost(Duration.ofSeconds(5)).until(() -> jobs.ran.contains("job-later"));
        assertThat(jobs.ranAt.get("job-later")).isAfterOrEqualTo(inHalfASecond);
    }

    @Test
    void jobsDueLaterAreSearchedForEvenWhileHandOversKeepComing() {
        workers = started(Duration.ofMillis(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> jobs.searches.get() == 1);
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService handOvers = Executors.newSingleThreadScheduledExecutor();
        try {
            handOvers.scheduleAtFixedRate(() -> due.due("job-" + next.incrementAndGet()), 0, 20,
                    TimeUnit.MILLISECONDS);

            await().atMost(Duration.ofSeconds(5)).until(() -> jobs.searches.get() >= 3);
            assertThat(jobs.ran).hasSizeGreaterThan(10);
        } finally {
            handOvers.shutdownNow();
        }
    }

    @Test
    void aSearchThatFoundWorkIsFollowedByAnotherAtOnce() {
        jobs.dueInTheCollection.set(3);
        workers = started(Duration.ofHours(1));

        due.lookAround();

        await().atMost(Duration.ofSeconds(5)).until(() -> jobs.searches.get() >= 4);
        assertThat(jobs.dueInTheCollection).hasValue(0);
    }

    @Test
    void runNextTakesAHandedOverJobBeforeSearching() throws InterruptedException {
        workers = new JobWorkers("test", 0, Duration.ofHours(1), due, jobs, clock);
        due.due("job-7");

        assertThat(workers.runNext()).isTrue();
        assertThat(jobs.ran).containsExactly("job-7");
        assertThat(jobs.searches).hasValue(0);

        assertThat(workers.runNext()).as("nothing handed over, nothing found").isFalse();
        assertThat(jobs.searches).hasValue(1);

        due.dueAt("job-8", clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(workers.runNext()).as("not due by the application's clock").isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(workers.runNext()).isTrue();
        assertThat(jobs.ran).containsExactly("job-7", "job-8");
    }

    private JobWorkers started(Duration look) {
        JobWorkers started = new JobWorkers("test", 1, look, due, jobs, Clock.systemUTC());
        started.start();
        return started;
    }

    private static final class CountingJobs implements JobWorkers.Jobs {

        final List<String> ran = new CopyOnWriteArrayList<>();
        final Map<String, Instant> ranAt = new ConcurrentHashMap<>();
        final AtomicInteger searches = new AtomicInteger();
        final AtomicInteger dueInTheCollection = new AtomicInteger();

        @Override
        public boolean runIfDue(String id) {
            ran.add(id);
            ranAt.put(id, Instant.now());
            return true;
        }

        @Override
        public boolean runAnyDue() {
            searches.incrementAndGet();
            return dueInTheCollection.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
        }
    }
}
