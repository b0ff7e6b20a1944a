package org.tomoni.messaging.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageId;
import org.tomoni.storage.DurableWrites;

/**
 * The outbox collection. Each method is one atomic document update with a precondition; none needs a transaction,
 * so the embedded server and a real replica set behave alike.
 */
@Component
class Outbox {

    private final MongoTemplate mongo;
    private final DurableWrites durable;
    private final Clock clock;

    Outbox(MongoTemplate mongo, DurableWrites durable, Clock clock) {
        this.mongo = mongo;
        this.durable = durable;
        this.clock = clock;
    }

    /**
     * The id of the message with this idempotency key: derived from the key, so the same key always lands on the
     * same document and {@code _id}, the one index every MongoDB has, keeps it unique. It is also safe to put in
     * callback URLs, whatever the key looks like.
     */
    static String idFor(String idempotencyKey) {
        return UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Writes the entry; when one with the same idempotency key exists already, nothing changes. */
    MessageId add(OutboxEntry entry) {
        try {
            mongo.insert(entry, OutboxEntry.COLLECTION);
            durable.flush();
        } catch (DuplicateKeyException alreadyThere) {
            // asked twice: it is sent once
        }
        return entry.messageId();
    }

    /**
     * Writes a message that is due now as already claimed by {@code node}, which sends it next: one write and one
     * flush instead of a write and then a claim. Empty when a message with the same idempotency key exists.
     */
    Optional<Claim> addClaimed(OutboxEntry entry, String node, Duration lease, Instant now) {
        OutboxEntry claimed = new OutboxEntry(entry.id(), entry.idempotencyKey(), entry.channel(), entry.to(),
                entry.secondParty(), entry.text(), entry.languageTag(), entry.gatherDigits(), entry.gatherSpeech(),
                entry.urgency(), entry.ignoresOptOut(), DeliveryStatus.SENDING, entry.createdAt(), entry.dueAt(),
                entry.attempts(), node, now.plus(lease), now, null, null, false, null, null);
        try {
            mongo.insert(claimed, OutboxEntry.COLLECTION);
            durable.flush();
        } catch (DuplicateKeyException alreadyThere) {
            return Optional.empty();
        }
        return Optional.of(new Claim(entry));
    }

    /**
     * A fresh lease on a message this node claimed a while ago and has not sent yet (it waited behind others), as
     * long as its lease has not run out — after that, another worker may have claimed it.
     */
    boolean renew(Claim claim, String node, Duration lease) {
        Instant now = clock.instant();
        Query stillHeld = Query.query(where("_id").is(claim.entry().id()).and("status").is(DeliveryStatus.SENDING)
                .and("leaseOwner").is(node).and("leaseUntil").gt(now));
        return mongo.updateFirst(stillHeld, new Update().set("leaseUntil", now.plus(lease)), OutboxEntry.COLLECTION)
                .getModifiedCount() == 1;
    }

    /** A claimed message this node will not send after all (it is stopping): due again for any node, at once. */
    void giveBack(Claim claim, String node) {
        finishClaim(claim, node, new Update().set("status", DeliveryStatus.PENDING).set("dueAt", clock.instant()));
    }

    Optional<OutboxEntry> find(MessageId id) {
        return Optional.ofNullable(mongo.findById(id.value(), OutboxEntry.class, OutboxEntry.COLLECTION));
    }

    /**
     * Claims the next due message for {@code node}: a pending one whose time has come, or one whose claim expired
     * because its node died. Returns it as it was before the claim, so the caller can tell the two apart.
     */
    Optional<Claim> claimNext(String node, Duration lease) {
        Instant now = clock.instant();
        return claim(Query.query(new Criteria().orOperator(
                        where("status").is(DeliveryStatus.PENDING).and("dueAt").lte(now),
                        where("status").is(DeliveryStatus.SENDING).and("leaseUntil").lt(now)))
                .with(Sort.by("dueAt")), node, lease, now);
    }

    /** The message, if it is pending and due: one lookup by {@code _id}. */
    Optional<Claim> claim(MessageId id, String node, Duration lease) {
        Instant now = clock.instant();
        return claim(Query.query(where("_id").is(id.value()).and("status").is(DeliveryStatus.PENDING)
                .and("dueAt").lte(now)), node, lease, now);
    }

    private Optional<Claim> claim(Query due, String node, Duration lease, Instant now) {
        Update claim = new Update()
                .set("status", DeliveryStatus.SENDING)
                .set("leaseOwner", node)
                .set("leaseUntil", now.plus(lease))
                .set("claimedAt", now);
        OutboxEntry before = mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(false),
                OutboxEntry.class, OutboxEntry.COLLECTION);
        if (before == null) {
            return Optional.empty();
        }
        durable.flush();
        return Optional.of(new Claim(before));
    }

    /**
     * The carrier accepted it. Only the node holding the claim may say so. Returns the entry as recorded, with any
     * delivery report that arrived while the send was still being recorded. Not flushed at once: if the store
     * loses it in a crash, the claim (which was flushed) makes the next try ask the carrier first, which finds the
     * message sent.
     */
    Optional<OutboxEntry> markSent(Claim claim, String node, String carrierId) {
        OutboxEntry sent = mongo.findAndModify(claimHeldBy(claim, node), new Update()
                        .set("status", DeliveryStatus.SENT)
                        .set("carrierId", carrierId)
                        .inc("attempts", 1)
                        .set("uncertain", false)
                        .unset("failure")
                        .unset("leaseOwner")
                        .unset("leaseUntil"),
                FindAndModifyOptions.options().returnNew(true), OutboxEntry.class, OutboxEntry.COLLECTION);
        return Optional.ofNullable(sent);
    }

    boolean retryLater(Claim claim, String node, Instant when, String failure, boolean uncertain) {
        return finishClaim(claim, node, new Update()
                .set("status", DeliveryStatus.PENDING)
                .set("dueAt", when)
                .inc("attempts", 1)
                .set("failure", failure)
                .set("uncertain", uncertain));
    }

    boolean giveUp(Claim claim, String node, DeliveryStatus status, String failure, boolean attempted) {
        Update update = new Update().set("status", status).set("failure", failure);
        if (attempted) {
            update.inc("attempts", 1);
        }
        return finishClaim(claim, node, update);
    }

    /**
     * A delivery report from the carrier. Reports can arrive late or out of order; a message only ever moves
     * forward, and never out of a final state.
     */
    Optional<OutboxEntry> recordDelivery(MessageId id, DeliveryStatus status, String failure) {
        List<DeliveryStatus> before = switch (status) {
            case DELIVERED, UNDELIVERED, FAILED -> List.of(DeliveryStatus.SENT);
            default -> List.of();
        };
        if (before.isEmpty()) {
            return Optional.empty();
        }
        // A report can overtake the carrier's answer to the send itself: keep it until the send is recorded.
        mongo.updateFirst(Query.query(where("_id").is(id.value()).and("status").is(DeliveryStatus.SENDING)),
                new Update().set("earlyReport", status).set("earlyFailure", failure), OutboxEntry.COLLECTION);
        Update update = new Update().set("status", status);
        if (failure != null && !failure.isBlank()) {
            update.set("failure", failure);
        }
        OutboxEntry changed = mongo.findAndModify(
                Query.query(where("_id").is(id.value()).and("status").in(before)), update,
                FindAndModifyOptions.options().returnNew(true), OutboxEntry.class, OutboxEntry.COLLECTION);
        return Optional.ofNullable(changed);
    }

    /** Finished messages are kept for a while (for the coordinator's timeline), then removed. */
    long removeFinishedBefore(Instant cutoff) {
        return mongo.remove(Query.query(where("status").in(DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED,
                        DeliveryStatus.FAILED, DeliveryStatus.BLOCKED, DeliveryStatus.SENT).and("createdAt").lt(cutoff)),
                OutboxEntry.COLLECTION).getDeletedCount();
    }

    private boolean finishClaim(Claim claim, String node, Update update) {
        update.unset("leaseOwner").unset("leaseUntil");
        boolean done = mongo.findAndModify(claimHeldBy(claim, node), update, OutboxEntry.class,
                OutboxEntry.COLLECTION) != null;
        durable.flush();
        return done;
    }

    private static Query claimHeldBy(Claim claim, String node) {
        return Query.query(where("_id").is(claim.entry().id())
                .and("status").is(DeliveryStatus.SENDING).and("leaseOwner").is(node));
    }

    /**
     * A message this node now holds.
     *
     * @param entry the message as it was before the claim
     */
    record Claim(OutboxEntry entry) {

        /**
         * Something may already have gone out: its previous node died after claiming it, or the last try got no
         * answer.
         */
        boolean mayAlreadyBeSent() {
            return entry.status() == DeliveryStatus.SENDING || entry.uncertain();
        }

        /** When the previous claim began; anything the carrier got since then may be this message. */
        Instant previousClaimAt() {
            return entry.claimedAt() != null ? entry.claimedAt() : entry.createdAt();
        }
    }
}
