package org.tomoni.messaging.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Remembers each carrier event by its id ({@code MessageSid}, {@code CallSid} plus what happened), so a webhook
 * that Twilio retries, or a reply that arrives twice, is acted on once.
 */
@Component
class WebhookReceipts {

    static final String COLLECTION = "messaging_webhook_receipts";

    private final MongoTemplate mongo;
    private final Clock clock;

    WebhookReceipts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** True the first time this event is seen; false for every replay. */
    boolean firstTime(String eventKey) {
        try {
            mongo.insert(new Receipt(eventKey, clock.instant()), COLLECTION);
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }

    long removeOlderThan(Instant cutoff) {
        return mongo.remove(Query.query(where("at").lt(cutoff)), COLLECTION).getDeletedCount();
    }

    record Receipt(@Id String key, Instant at) {
    }
}
