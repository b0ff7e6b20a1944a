package org.tomoni.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageFailed;
import org.tomoni.messaging.MessageStatusChanged;

/**
 * Sends what is due in the outbox. Each worker thread claims one message at a time with a lease, checks the
 * opt-out list, waits for the sender's rate, hands it to the carrier and records the outcome; transient failures
 * come back later with exponential back-off and jitter. A new message wakes a worker at once.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final Outbox outbox;
    private final Carrier carrier;
    private final OptOuts optOuts;
    private final SendRateLimiter rateLimiter;
    private final DeliveryReports reports;
    private final WebhookReceipts receipts;
    private final ApplicationEventPublisher events;
    private final MessagingProperties properties;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    OutboxWorker(Outbox outbox, Carrier carrier, OptOuts optOuts, SendRateLimiter rateLimiter,
                 DeliveryReports reports, WebhookReceipts receipts, ApplicationEventPublisher events,
                 MessagingProperties properties, Clock clock) {
        this.outbox = outbox;
        this.carrier = carrier;
        this.optOuts = optOuts;
        this.rateLimiter = rateLimiter;
        this.reports = reports;
        this.receipts = receipts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Something became due: let an idle worker look now rather than at its next poll. */
    void nudge() {
        wakeUp.release();
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < properties.workers(); i++) {
            threads.add(Thread.ofPlatform().daemon().name("outbox-" + i).start(this::work));
        }
        log.info("Outbox worker {} sending through {} with {} thread(s)", node, carrier.getClass().getSimpleName(),
                threads.size());
    }

    @Override
    public void stop() {
        running = false;
        wakeUp.release(threads.size());
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            try {
                if (!sendNext()) {
                    wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the claimed message's lease expires and it is retried.
                log.warn("Outbox worker {} hit an error; continuing", node, e);
                sleepQuietly(properties.pollInterval());
            }
        }
    }

    /** Sends one due message, if there is one. Visible to tests, which drive the worker step by step. */
    boolean sendNext() throws InterruptedException {
        Optional<Outbox.Claim> claimed = outbox.claimNext(node, properties.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        deliver(claimed.get());
        return true;
    }

    private void deliver(Outbox.Claim claim) throws InterruptedException {
        OutboxEntry message = claim.entry();
        if (!message.ignoresOptOut() && optOuts.isOptedOut(message.recipient())) {
            outbox.giveUp(claim, node, DeliveryStatus.BLOCKED, "opted-out", false);
            events.publishEvent(new MessageFailed(message.messageId(), message.recipient(), "opted-out"));
            return;
        }
        try {
            if (claim.mayAlreadyBeSent()) {
                Optional<String> alreadySent = carrier.findAlreadySent(message, claim.previousClaimAt());
                if (alreadySent.isPresent()) {
                    log.info("Message {} had reached the carrier on an earlier try; not sending again", message.id());
                    recordSent(claim, alreadySent.get());
                    return;
                }
            }
            rateLimiter.awaitTurn(carrier.senderKey());
            recordSent(claim, carrier.send(message));
        } catch (CarrierException e) {
            int attempts = message.attempts() + 1;
            if (e.isTransient() && attempts < properties.maxAttempts()) {
                Instant retryAt = clock.instant().plus(backoff(attempts));
                log.info("Message {} failed ({}), try {} of {} at {}", message.id(), e.getMessage(), attempts,
                        properties.maxAttempts(), retryAt);
                outbox.retryLater(claim, node, retryAt, e.getMessage(), e.mayHaveArrived());
            } else {
                log.warn("Message {} failed for good after {} tries: {}", message.id(), attempts, e.getMessage());
                outbox.giveUp(claim, node, DeliveryStatus.FAILED, e.getMessage(), true);
                events.publishEvent(new MessageFailed(message.messageId(), message.recipient(), e.getMessage()));
            }
        }
    }

    private void recordSent(Outbox.Claim claim, String carrierId) {
        outbox.markSent(claim, node, carrierId).ifPresent(sent -> {
            events.publishEvent(new MessageStatusChanged(sent.messageId(), sent.recipient(), DeliveryStatus.SENT));
            if (sent.earlyReport() != null) {
                reports.apply(sent.messageId(), sent.earlyReport(), sent.earlyFailure());
            }
        });
    }

    /** Exponential, capped, with "equal jitter": half the delay fixed, half random, so retries do not bunch up. */
    Duration backoff(int attemptsSoFar) {
        long first = properties.firstRetryDelay().toMillis();
        long capped = Math.min(properties.maxRetryDelay().toMillis(),
                first * (1L << Math.min(30, Math.max(0, attemptsSoFar - 1))));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** Nightly: old finished messages and webhook receipts go, so the collections the hot paths scan stay small. */
    @Scheduled(cron = "0 17 3 * * *")
    void removeOldRecords() {
        Instant cutoff = clock.instant().minus(properties.keepFinishedFor());
        long messages = outbox.removeFinishedBefore(cutoff);
        long webhooks = receipts.removeOlderThan(cutoff);
        log.info("Removed {} finished messages and {} webhook receipts older than {}", messages, webhooks,
                properties.keepFinishedFor());
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
