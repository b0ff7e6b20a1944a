package org.tomoni.messaging.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Spaces sends from one sender number, across all nodes: each send reserves the next free slot in a shared
 * document with a compare-and-set, then waits for it. A long code takes about one message a second.
 */
@Component
class SendRateLimiter {

    static final String COLLECTION = "messaging_send_slots";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration spacing;

    SendRateLimiter(MongoTemplate mongo, Clock clock, MessagingProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.spacing = properties.sendRatePerSecond() > 0
                ? Duration.ofNanos((long) (1_000_000_000L / properties.sendRatePerSecond()))
                : Duration.ZERO;
    }

    /** Blocks until this node may send as {@code sender}; returns the moment reserved for this send. */
    Instant awaitTurn(String sender) throws InterruptedException {
        if (spacing.isZero()) {
            return clock.instant();
        }
        while (true) {
            // MongoDB keeps milliseconds: reckoning in them keeps every slot a full spacing from the one before.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Slot current = mongo.findById(sender, Slot.class, COLLECTION);
            if (current == null) {
                try {
                    mongo.insert(new Slot(sender, now.plus(spacing)), COLLECTION);
                    return now;
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    continue;
                }
            }
            Instant mine = current.next().isAfter(now) ? current.next() : now;
            // findAndModify: the compare-and-set that the embedded server, too, performs atomically
            Slot reserved = mongo.findAndModify(
                    Query.query(where("_id").is(sender).and("next").is(current.next())),
                    new Update().set("next", mine.plus(spacing)), Slot.class, COLLECTION);
            if (reserved != null) {
                Duration wait = Duration.between(now, mine);
                if (!wait.isNegative() && !wait.isZero()) {
                    Thread.sleep(wait);
                }
                return mine;
            }
        }
    }

    record Slot(@Id String sender, Instant next) {
    }
}
