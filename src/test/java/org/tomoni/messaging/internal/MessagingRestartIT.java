package org.tomoni.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.TomoniApplication;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.Urgency;

/**
 * The whole app stops in the middle of sending and starts again on the same data (embedded file store, phone
 * simulator as the carrier): every message is sent, and none twice.
 */
class MessagingRestartIT {

    private static final PhoneNumber YUKI = PhoneNumber.parse("090-1234-5678");

    @TempDir
    Path data;

    @Test
    void aMessageClaimedButNotSentBeforeTheStopIsSentOnceAfterIt() throws Exception {
        MessageId id;
        try (ConfigurableApplicationContext app = start(0)) {
            id = app.getBean(Messages.class).send(new OutboundSms(YUKI, "Claimed", Urgency.NORMAL, null, "restart:1"));
            app.getBean(Outbox.class).claimNext("node-that-stops", Duration.ofMillis(1)).orElseThrow();
        }
        try (ConfigurableApplicationContext app = start(1)) {
            awaitSent(app, id);
            assertThat(onThePhone(app, id)).isEqualTo(1);
            assertThat(app.getBean(Messages.class).state(id).orElseThrow().attempts()).isEqualTo(1);
        }
    }

    @Test
    void aMessageHandedToTheCarrierJustBeforeTheStopIsNotSentAgain() throws Exception {
        MessageId id;
        try (ConfigurableApplicationContext app = start(0)) {
            id = app.getBean(Messages.class).send(new OutboundSms(YUKI, "Handed over", Urgency.NORMAL, null, "restart:2"));
            Outbox.Claim claim = app.getBean(Outbox.class).claimNext("node-that-stops", Duration.ofMillis(1)).orElseThrow();
            app.getBean(Carrier.class).send(claim.entry());
        }
        try (ConfigurableApplicationContext app = start(1)) {
            awaitSent(app, id);
            assertThat(onThePhone(app, id)).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start(int workers) {
        return new SpringApplicationBuilder(TomoniApplication.class).run("--server.port=0",
                "--tomoni.storage.path=" + data, "--tomoni.messaging.workers=" + workers,
                "--tomoni.messaging.poll-interval=50ms");
    }

    private static void awaitSent(ConfigurableApplicationContext app, MessageId id) throws InterruptedException {
        Messages messages = app.getBean(Messages.class);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && !messages.state(id).orElseThrow().status().isFinal()
                && messages.state(id).orElseThrow().status() != DeliveryStatus.SENT) {
            Thread.sleep(50);
        }
        assertThat(messages.state(id).orElseThrow().status()).isIn(DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
    }

    private static long onThePhone(ConfigurableApplicationContext app, MessageId id) {
        return app.getBean(MongoTemplate.class).getCollection(SimulatorRecord.COLLECTION)
                .countDocuments(new Document("outboxId", id.value()));
    }
}
