package org.tomoni.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageFailed;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.MessageStatusChanged;
import org.tomoni.storage.DueJobs;
import org.tomoni.storage.JobWorkers;

/**
 * Sends what is due in the outbox. Each worker thread claims one message at a time with a lease, checks the
 * opt-out list, waits for the sender's rate, hands it to the carrier and records the outcome; transient failures
 * come back later with exponential back-off and jitter. A new message wakes a worker at once.
 */
@Component
class OutboxWorker implements SmartLifecycle, JobWorkers.Jobs {

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
    /** How many messages claimed here may wait for each worker and still be sent within moments. */
    private static final int PROMPT_QUEUE_PER_WORKER = 8;

    private final DueJobs due = new DueJobs();
    private final Map<String, Outbox.Claim> claimedHere = new ConcurrentHashMap<>();
    private final JobWorkers workers;

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
        this.workers = new JobWorkers("outbox", properties.workers(), properties.pollInterval(), due, this,
                clock);
    }

    /**
     * Writes a new message. One due now, while this node sends, is written already claimed by it and handed to
     * a worker here; any other waits in the outbox for whichever node's worker finds it.
     */
    MessageId add(OutboxEntry entry) {
        Instant now = clock.instant();
        if (entry.dueAt().isAfter(now)) {
            MessageId id = outbox.add(entry);
            due.dueAt(id.value(), entry.dueAt());
            return id;
        }
        if (!sendsPromptly()) {
            MessageId id = outbox.add(entry);
            due.due(id.value());
            return id;
        }
        outbox.addClaimed(entry, node, properties.lease(), now).ifPresent(claim -> {
            claimedHere.put(claim.entry().id(), claim);
            due.due(claim.entry().id());
        });
        return entry.messageId();
    }

    @Override
    public void start() {
        workers.start();
        log.info("Outbox worker {} sending through {} with {} thread(s)", node, carrier.getClass().getSimpleName(),
                properties.workers());
    }

    @Override
    public void stop() {
        workers.stop();
        // written as claimed here but not sent: due again at once, for this node after a restart or any other
        claimedHere.values().forEach(claim -> outbox.giveBack(claim, node));
        claimedHere.clear();
    }

    @Override
    public boolean isRunning() {
        return workers.isRunning();
    }

    /**
     * Whether a message due now will be sent within moments here, so that it can be written already claimed: a
     * claim's lease must not run out while the message waits for a rate slot or behind many others. Otherwise it is
     * written unclaimed and claimed when a worker takes it up.
     */
    private boolean sendsPromptly() {
        return properties.workers() > 0 && workers.isRunning() && properties.sendRatePerSecond() == 0
                && claimedHere.size() < properties.workers() * PROMPT_QUEUE_PER_WORKER;
    }

    /** Sends one due message, if there is one. Visible to tests, which drive the worker step by step. */
    boolean sendNext() throws InterruptedException {
        return workers.runNext();
    }

    @Override
    public boolean runIfDue(String id) throws InterruptedException {
        Outbox.Claim claimed = claimedHere.remove(id);
        // Written as claimed when it fell due. One that waited here behind many others gets a fresh lease first, so
        // that it cannot run out while it is sent; if it ran out already, a search claims it afresh and asks the
        // carrier first whether it went out.
        Instant aQuarterLeaseAgo = clock.instant().minus(properties.lease().dividedBy(4));
        if (claimed != null && claimed.entry().dueAt().isBefore(aQuarterLeaseAgo)
                && !outbox.renew(claimed, node, properties.lease())) {
            return false;
        }
        return deliver(claimed != null ? Optional.of(claimed) : outbox.claim(new MessageId(id), node,
                properties.lease()));
    }

    @Override
    public boolean runAnyDue() throws InterruptedException {
        return deliver(outbox.claimNext(node, properties.lease()));
    }

    private boolean deliver(Optional<Outbox.Claim> claimed) throws InterruptedException {
        if (claimed.isPresent()) {
            deliver(claimed.get());
        }
        return claimed.isPresent();
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
                if (outbox.retryLater(claim, node, retryAt, e.getMessage(), e.mayHaveArrived())) {
                    due.dueAt(message.id(), retryAt);
                }
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
}
