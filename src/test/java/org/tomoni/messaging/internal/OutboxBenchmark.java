package org.tomoni.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tomoni.TomoniApplication;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.Urgency;

/**
 * Outbox throughput and enqueue-to-API latency against the fake Twilio, on the embedded file store (every claim
 * and result made durable). Not part of {@code verify}: run with {@code ./mvnw -Pbench test}. Prints figures; the
 * only assertions are that every message arrived exactly once.
 */
class OutboxBenchmark {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    private static final PhoneNumber TO = PhoneNumber.parse("090-1234-5678");

    @Test
    void withoutRateLimit() throws Exception {
        run("rate limiter off", 0);
    }

    @Test
    void withRateLimit() throws Exception {
        // A long code takes ~1 message/s, which would make 10 000 messages last three hours; the limiter's cost and
        // accuracy show just as well at a Messaging Service's or short code's rate.
        run("rate limiter on (" + Integer.getInteger("bench.rate", 100) + "/s)", Integer.getInteger("bench.rate", 100));
    }

    private void run(String label, int ratePerSecond) throws Exception {
        Path data = Files.createTempDirectory("tomoni-bench");
        try (FakeTwilio twilio = new FakeTwilio();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(TomoniApplication.class).run(
                     "--server.port=0",
                     "--tomoni.storage.path=" + data,
                     "--tomoni.twilio.account-sid=AC00000000000000000000000000000001",
                     "--tomoni.twilio.auth-token=bench",
                     "--tomoni.twilio.api-base-url=" + twilio.baseUrl(),
                     "--tomoni.messaging.workers=" + Integer.getInteger("bench.workers", 4),
                     "--tomoni.messaging.send-rate-per-second=" + ratePerSecond,
                     "--logging.level.org.tomoni=WARN")) {
            Messages messages = app.getBean(Messages.class);
            Map<String, Long> enqueuedAt = new ConcurrentHashMap<>();

            long start = System.nanoTime();
            for (int i = 0; i < MESSAGES; i++) {
                String body = "bench " + i;
                enqueuedAt.put(body, System.nanoTime());
                messages.send(new OutboundSms(TO, body, Urgency.NORMAL, null, "bench:" + i));
            }
            long enqueued = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (twilio.accepted().size() < MESSAGES && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long end = System.nanoTime();

            List<FakeTwilio.Received> creates = twilio.creates();
            long[] latencies = creates.stream()
                    .mapToLong(r -> r.arrivedAtNanos() - enqueuedAt.get(r.form().get("Body")))
                    .sorted().toArray();
            double seconds = (end - start) / 1e9;
            System.out.printf("%nOutbox benchmark, %s: %d messages, %d workers, embedded file store%n", label,
                    MESSAGES, Integer.getInteger("bench.workers", 4));
            System.out.printf("  enqueue: %.0f messages/s (%.2f s)%n", MESSAGES / ((enqueued - start) / 1e9),
                    (enqueued - start) / 1e9);
            System.out.printf("  end to end: %.0f messages/s (%.2f s)%n", MESSAGES / seconds, seconds);
            System.out.printf("  enqueue-to-API latency: p50 %s, p95 %s, p99 %s, max %s%n", ms(latencies, 0.50),
                    ms(latencies, 0.95), ms(latencies, 0.99), ms(latencies, 1.0));

            assertThat(creates).hasSize(MESSAGES);
            assertThat(new HashSet<>(creates.stream().map(r -> r.form().get("Body")).toList())).hasSize(MESSAGES);
        }
    }

    private static String ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.1f ms", sorted[Math.max(0, index)] / 1e6);
    }

}
