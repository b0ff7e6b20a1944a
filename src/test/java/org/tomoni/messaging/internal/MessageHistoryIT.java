package org.tomoni.messaging.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.MessageRecord;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.QuietHours;
import org.tomoni.messaging.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

/** What messaging keeps about a number can be shown to its owner, and forgotten without a trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
class MessageHistoryIT {

    private static final PhoneNumber MINE = PhoneNumber.parse("070-2222-0001");
    private static final PhoneNumber SOMEONE_ELSES = PhoneNumber.parse("070-2222-0002");

    @Autowired Messages messages;
    @Autowired PhoneSimulator simulator;
    @Autowired MongoTemplate mongo;

    @Test
    void historyShowsWhatWentToTheNumberAndCameFromItInOrderAndNothingElse() {
        send(MINE, "Your code is 111111", Urgency.URGENT, null);
        awaitOnPhone(MINE, 1);
        simulator.text(MINE, "HELP my LINE won't open");
        send(SOMEONE_ELSES, "Not for you", Urgency.URGENT, null);

        List<MessageRecord> history = messages.historyOf(MINE);

        assertThat(history).extracting(MessageRecord::direction, MessageRecord::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MessageRecord.Direction.TO_PHONE, "Your code is 111111"),
                org.assertj.core.groups.Tuple.tuple(MessageRecord.Direction.FROM_PHONE, "HELP my LINE won't open"));
        assertThat(history.getFirst().status()).isNotNull();
    }

    @Test
    void forgettingErasesTheNumberAndTextsEverywhereAndStopsWhatIsNotSentYet() {
        PhoneNumber forgotten = PhoneNumber.parse("070-2222-0003");
        send(forgotten, "Hello Aiko, your volunteer Ken is on the way", Urgency.URGENT, null);
        awaitOnPhone(forgotten, 1);
        simulator.text(forgotten, "Thank you Ken");
        // All day is quiet for this one, so it waits in the outbox.
        MessageId waiting = send(forgotten, "Reminder for Aiko: tomorrow at the library", Urgency.NORMAL,
                new QuietHours(LocalTime.MIN, LocalTime.of(23, 59, 59), ZoneOffset.UTC));
        send(SOMEONE_ELSES, "Hello Ben", Urgency.URGENT, null);
        awaitOnPhone(SOMEONE_ELSES, 1);

        messages.forget(forgotten);

        assertThat(messages.historyOf(forgotten)).isEmpty();
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("messaging_") && !collection.equals("messaging_opt_outs")) {
                List<String> documents = mongo.getCollection(collection).find().map(Object::toString)
                        .into(new ArrayList<>());
                assertThat(documents).as(collection).noneSatisfy(document -> assertThat(document)
                        .containsAnyOf(forgotten.e164(), "Aiko", "Thank you Ken"));
            }
        }
        assertThat(messages.state(waiting)).get().satisfies(state ->
                assertThat(state.status()).isEqualTo(DeliveryStatus.FAILED));
        assertThat(simulator.conversation(forgotten)).isEmpty();
        assertThat(messages.historyOf(SOMEONE_ELSES)).extracting(MessageRecord::text).contains("Hello Ben");
    }

    private MessageId send(PhoneNumber to, String text, Urgency urgency, QuietHours quietHours) {
        return messages.send(new OutboundSms(to, text, urgency, quietHours, "test:" + UUID.randomUUID()));
    }

    private void awaitOnPhone(PhoneNumber phone, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> simulator.conversation(phone).size() >= count);
    }
}
