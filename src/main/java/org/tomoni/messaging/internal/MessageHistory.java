package org.tomoni.messaging.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageRecord;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.SimulatedPhoneEvent;

/**
 * What messaging keeps about one number, to show it to its owner or to forget it. Inbound texts from real phones are
 * passed on as events and never stored here; simulated phones keep theirs.
 */
@Component
class MessageHistory {

    /**
     * Stands where an erased number was. In the +999 range the ITU keeps unassigned, so it never belongs to anyone,
     * and it still reads as a number for the code that counts messages.
     */
    static final String ERASED_NUMBER = "+9990000000";
    static final String ERASED_FAILURE = "not sent: the person deleted their account";

    private final MongoTemplate mongo;

    MessageHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<MessageRecord> of(PhoneNumber number) {
        List<MessageRecord> records = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("to").is(number.e164())), OutboxEntry.class, OutboxEntry.COLLECTION)
                .forEach(entry -> records.add(new MessageRecord(entry.createdAt(), MessageRecord.Direction.TO_PHONE,
                        entry.channel(), entry.text(), entry.status())));
        mongo.find(Query.query(Criteria.where("phone").is(number.e164())
                        .and("direction").is(SimulatedPhoneEvent.Direction.FROM_PHONE)),
                        SimulatorRecord.class, SimulatorRecord.COLLECTION)
                .forEach(received -> records.add(new MessageRecord(received.at(), MessageRecord.Direction.FROM_PHONE,
                        received.kind(), received.text(), null)));
        records.sort(Comparator.comparing(MessageRecord::at));
        return records;
    }

    /** Each step is one update over many documents; run again, it finds nothing left to change. */
    void forget(PhoneNumber number) {
        String e164 = number.e164();
        // One being handed to the carrier right now is stopped too: its node can no longer record a retry.
        mongo.updateMulti(Query.query(Criteria.where("to").is(e164)
                        .and("status").in(DeliveryStatus.PENDING, DeliveryStatus.SENDING)),
                new Update().set("status", DeliveryStatus.FAILED).set("failure", ERASED_FAILURE)
                        .unset("leaseOwner").unset("leaseUntil"),
                OutboxEntry.COLLECTION);
        // The carrier's id would lead to the carrier's own log of the number.
        mongo.updateMulti(Query.query(Criteria.where("to").is(e164)),
                new Update().set("to", ERASED_NUMBER).set("text", "").unset("carrierId"), OutboxEntry.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("secondParty").is(e164)),
                new Update().set("secondParty", ERASED_NUMBER), OutboxEntry.COLLECTION);
        mongo.remove(Query.query(Criteria.where("phone").is(e164)), SimulatorRecord.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("otherParty").is(number.masked())), new Update()
                .set("otherParty", null), SimulatorRecord.COLLECTION);
    }
}
