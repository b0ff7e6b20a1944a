package org.tomoni.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.storage.DurableWrites;

/** Numbers that texted STOP. Keyed by the number itself, so the check before every send is a lookup by id. */
@Component
class OptOuts {

    static final String COLLECTION = "messaging_opt_outs";

    private final MongoTemplate mongo;
    private final DurableWrites durable;
    private final Clock clock;

    OptOuts(MongoTemplate mongo, DurableWrites durable, Clock clock) {
        this.mongo = mongo;
        this.durable = durable;
        this.clock = clock;
    }

    boolean isOptedOut(PhoneNumber number) {
        return mongo.findById(number.e164(), OptOut.class, COLLECTION) != null;
    }

    Set<PhoneNumber> optedOut(Collection<PhoneNumber> numbers) {
        Map<String, PhoneNumber> byNumber = numbers.stream()
                .collect(Collectors.toMap(PhoneNumber::e164, number -> number, (same, again) -> same));
        return mongo.find(Query.query(Criteria.where("_id").in(byNumber.keySet())), OptOut.class, COLLECTION).stream()
                .map(optOut -> byNumber.get(optOut.number()))
                .collect(Collectors.toSet());
    }

    void optOut(PhoneNumber number) {
        mongo.save(new OptOut(number.e164(), clock.instant()), COLLECTION);
        durable.flush();
    }

    void optIn(PhoneNumber number) {
        mongo.remove(new OptOut(number.e164(), clock.instant()), COLLECTION);
        durable.flush();
    }

    record OptOut(@Id String number, Instant since) {
    }
}
