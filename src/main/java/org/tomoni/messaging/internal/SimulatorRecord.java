package org.tomoni.messaging.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.messaging.Channel;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.SimulatedPhoneEvent;

/**
 * What a simulated phone got or sent. An outbound message's record has the id {@code out-<outbox id>}, so sending
 * the same message twice cannot show it twice, and the simulator can tell whether it already has it.
 */
@Document(SimulatorRecord.COLLECTION)
record SimulatorRecord(@Id String id, String phone, SimulatedPhoneEvent.Direction direction, Channel kind,
                       String text, String languageTag, Instant at, @Nullable String outboxId, boolean listens,
                       @Nullable String answer, @Nullable String otherParty) {

    static final String COLLECTION = "messaging_simulator";

    SimulatedPhoneEvent toEvent() {
        return new SimulatedPhoneEvent(id, new PhoneNumber(phone), direction, kind, text, languageTag, at,
                listens && answer == null, answer, otherParty);
    }
}
