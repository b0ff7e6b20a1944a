package org.tomoni.messaging.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.Channel;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.SimulatedPhoneEvent;
import org.tomoni.messaging.SimulatedPhoneEvent.Direction;

@Component
class SimulatedPhones implements PhoneSimulator {

    private final MongoTemplate mongo;
    private final InboundTexts texts;
    private final CallEvents calls;
    private final TwilioProperties twilio;
    private final Clock clock;

    SimulatedPhones(MongoTemplate mongo, InboundTexts texts, CallEvents calls, TwilioProperties twilio, Clock clock) {
        this.mongo = mongo;
        this.texts = texts;
        this.calls = calls;
        this.twilio = twilio;
        this.clock = clock;
    }

    @Override
    public boolean active() {
        return !twilio.configured();
    }

    @Override
    public List<PhoneNumber> phones() {
        List<SimulatorRecord> newestFirst = mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")),
                SimulatorRecord.class, SimulatorRecord.COLLECTION);
        LinkedHashSet<String> phones = new LinkedHashSet<>();
        newestFirst.forEach(record -> phones.add(record.phone()));
        return phones.stream().map(PhoneNumber::new).toList();
    }

    @Override
    public List<SimulatedPhoneEvent> conversation(PhoneNumber phone) {
        return mongo.find(Query.query(where("phone").is(phone.e164())).with(Sort.by("at")),
                        SimulatorRecord.class, SimulatorRecord.COLLECTION)
                .stream().map(SimulatorRecord::toEvent).toList();
    }

    @Override
    public void text(PhoneNumber from, String body) {
        requireActive();
        String carrierId = "SMsim" + UUID.randomUUID().toString().replace("-", "");
        mongo.insert(new SimulatorRecord(carrierId, from.e164(), Direction.FROM_PHONE, Channel.SMS, body.strip(), "",
                clock.instant(), null, false, null, null), SimulatorRecord.COLLECTION);
        texts.receive(from, body, carrierId);
    }

    @Override
    public boolean pressKeys(String eventId, String digits) {
        requireActive();
        SimulatorRecord call = mongo.findAndModify(
                Query.query(where("_id").is(eventId).and("listens").is(true).and("answer").isNull()),
                new Update().set("answer", digits), FindAndModifyOptions.options().returnNew(true),
                SimulatorRecord.class, SimulatorRecord.COLLECTION);
        if (call == null || call.outboxId() == null) {
            return false;
        }
        calls.answered(new MessageId(call.outboxId()), new PhoneNumber(call.phone()), digits, "", "CAsim" + call.outboxId());
        return true;
    }

    @Override
    public void ring(PhoneNumber from) {
        requireActive();
        String carrierId = "CAsim" + UUID.randomUUID().toString().replace("-", "");
        mongo.insert(new SimulatorRecord(carrierId, from.e164(), Direction.FROM_PHONE, Channel.CALL, "", "",
                clock.instant(), null, false, null, null), SimulatorRecord.COLLECTION);
        calls.rang(from, carrierId);
    }

    private void requireActive() {
        if (!active()) {
            throw new IllegalStateException("The phone simulator is off: Twilio is configured");
        }
    }
}
