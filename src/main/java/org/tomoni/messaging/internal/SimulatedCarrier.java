package org.tomoni.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.messaging.Channel;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.SimulatedPhoneEvent.Direction;

/**
 * The carrier when no Twilio account is configured: a message "arrives" on a simulated phone (a document), and a
 * moment later the delivery report comes back, as from a real network.
 */
final class SimulatedCarrier implements Carrier {

    private final MongoTemplate mongo;
    private final DeliveryReports reports;
    private final Clock clock;
    private final String tomoniNumber;

    SimulatedCarrier(MongoTemplate mongo, DeliveryReports reports, Clock clock, String tomoniNumber) {
        this.mongo = mongo;
        this.reports = reports;
        this.clock = clock;
        this.tomoniNumber = tomoniNumber;
    }

    @Override
    public String send(OutboxEntry message) {
        Instant now = clock.instant();
        String id = "out-" + message.id();
        boolean listens = message.gatherDigits() > 0 || message.gatherSpeech();
        String otherParty = message.channel() == Channel.BRIDGE ? new PhoneNumber(message.secondParty()).masked() : null;
        store(new SimulatorRecord(id, message.to(), Direction.TO_PHONE, message.channel(), message.text(),
                message.languageTag(), now, message.id(), listens, null, otherParty));
        if (message.channel() == Channel.BRIDGE) {
            // The second person sees the Tomoni number calling, never the first person's number.
            store(new SimulatorRecord(id + "-b", message.secondParty(), Direction.TO_PHONE, Channel.BRIDGE, "",
                    message.languageTag(), now, message.id(), false, null, new PhoneNumber(tomoniNumber).masked()));
        }
        String carrierId = "SIM" + message.id().replace("-", "");
        CompletableFuture.runAsync(() -> reports.record(new MessageId(message.id()), "delivered", ""),
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
        return carrierId;
    }

    @Override
    public Optional<String> findAlreadySent(OutboxEntry message, Instant since) {
        return mongo.findById("out-" + message.id(), SimulatorRecord.class, SimulatorRecord.COLLECTION) == null
                ? Optional.empty()
                : Optional.of("SIM" + message.id().replace("-", ""));
    }

    @Override
    public String senderKey() {
        return tomoniNumber;
    }

    private void store(SimulatorRecord record) {
        try {
            mongo.insert(record, SimulatorRecord.COLLECTION);
        } catch (DuplicateKeyException alreadyOnThePhone) {
            // sent before a restart: the phone shows it once
        }
    }
}
