package org.tomoni.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts attempts per key (a phone number, an address, a student, an IP) in fixed windows. A counter is one
 * document updated with {@code $inc}, so every node sees the same count and no attempt slips through a race.
 */
@Component
class Throttle {

    static final String COLLECTION = "accounts_throttle";

    private final MongoTemplate mongo;
    private final Clock clock;

    Throttle(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Counts one attempt and says whether it is still within the limit. */
    boolean tryAcquire(String key, Limit limit) {
        return hit(key, limit) <= limit.attempts();
    }

    /** Counts one failure; returns how many there have been in this window, this one included. */
    long hit(String key, Limit limit) {
        Instant now = clock.instant();
        String id = windowId(key, limit, now);
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("count", 1).setOnInsert("expiresAt", windowEnd(limit, now)),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class, COLLECTION);
        return counter == null ? 1 : counter.count();
    }

    /** Takes back one counted attempt: it turned out not to be a failure. */
    void refund(String key, Limit limit) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(windowId(key, limit, clock.instant()))),
                new Update().inc("count", -1), COLLECTION);
    }

    boolean isExhausted(String key, Limit limit) {
        return count(key, limit) >= limit.attempts();
    }

    long count(String key, Limit limit) {
        Counter counter = mongo.findById(windowId(key, limit, clock.instant()), Counter.class, COLLECTION);
        return counter == null ? 0 : counter.count();
    }

    /** A person who got in should not be held back by the typos before. */
    void clear(String key, Limit limit) {
        mongo.remove(Query.query(Criteria.where("_id").is(windowId(key, limit, clock.instant()))), COLLECTION);
    }

    void forgetKeysOf(String key) {
        mongo.remove(Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(key + "@"))),
                COLLECTION);
    }

    /** The embedded store has no TTL indexes, so old windows are removed here. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeOldWindows() {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant())), COLLECTION);
    }

    private static String windowId(String key, Limit limit, Instant now) {
        return key + "@" + limit.name() + "@" + (now.toEpochMilli() / limit.window().toMillis());
    }

    private static Instant windowEnd(Limit limit, Instant now) {
        long window = limit.window().toMillis();
        return Instant.ofEpochMilli((now.toEpochMilli() / window + 1) * window);
    }

    /** How many attempts a key gets in a window, and the name that keeps different limits apart. */
    record Limit(String name, int attempts, Duration window) {

        long minutes() {
            return window.toMinutes();
        }
    }

    record Counter(@Id String id, long count, Instant expiresAt) {
    }
}
