package org.tomoni.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.storage.EmbeddedMongo;

/** Two nodes sharing one sender number share its rate: their sends interleave, never closer than the spacing. */
class SendRateLimiterTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final MongoClient client = MongoClients.create(mongo.connectionString());
    private final MongoTemplate template = new MongoTemplate(client, "tomoni");

    @AfterEach
    void close() {
        client.close();
        mongo.close();
    }

    @Test
    void twoNodesTogetherKeepToTheSendersRate() throws Exception {
        SendRateLimiter nodeA = limiter(5);
        SendRateLimiter nodeB = limiter(5);
        // The first call in a fresh JVM is slow to return (class loading); it would blur the measured gaps.
        nodeA.awaitTurn("warm-up A");
        nodeB.awaitTurn("warm-up B");
        List<Instant> slots = Collections.synchronizedList(new ArrayList<>());

        try (var nodes = Executors.newFixedThreadPool(2)) {
            List<Future<?>> running = new ArrayList<>();
            for (SendRateLimiter node : List.of(nodeA, nodeB)) {
                running.add(nodes.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        slots.add(node.awaitTurn("+815031234567"));
                    }
                    return null;
                }));
            }
            for (Future<?> node : running) {
                node.get();
            }
        }

        // The moments the two nodes reserved, not when their threads happened to wake: on a busy machine a thread
        // may wake late, but no two sends ever share a slot or come closer than the spacing.
        List<Instant> sorted = slots.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(Duration.between(sorted.get(i - 1), sorted.get(i)))
                    .as("gap before send %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void differentSendersDoNotWaitForEachOther() throws Exception {
        SendRateLimiter limiter = limiter(1);
        limiter.awaitTurn("+815031234567");

        long start = System.nanoTime();
        limiter.awaitTurn("MG0000000000000000000000000000000a");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void zeroMeansNoLimit() throws Exception {
        SendRateLimiter unlimited = limiter(0);
        for (int i = 0; i < 100; i++) {
            unlimited.awaitTurn("+815031234567");
        }
        assertThat(template.getCollection(SendRateLimiter.COLLECTION).countDocuments()).isZero();
    }

    private SendRateLimiter limiter(double ratePerSecond) {
        return new SendRateLimiter(template, Clock.systemUTC(), new MessagingProperties(0, Duration.ofMillis(500),
                Duration.ofSeconds(60), 6, Duration.ofSeconds(2), Duration.ofMinutes(10), ratePerSecond,
                Duration.ofDays(30), null));
    }
}
