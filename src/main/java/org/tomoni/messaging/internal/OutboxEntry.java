package org.tomoni.messaging.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.messaging.Channel;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.MessageState;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.Urgency;

/**
 * One outbound text or call, written before anything is sent. Every change to it is a single atomic update with a
 * precondition, so two nodes never both send it and a crash never loses it.
 *
 * @param id             derived from the idempotency key ({@link Outbox#idFor})
 * @param idempotencyKey the caller's key for "this message"
 * @param secondParty    for a bridge: the number dialled once {@code to} answers
 * @param leaseOwner     the node that claimed it while {@code SENDING}
 * @param claimedAt      when the current claim began: a node that takes over an expired claim asks the carrier
 *                       whether anything went out since then before sending again
 * @param uncertain      the last try got no answer, so the carrier may have the message: ask before trying again
 * @param earlyReport    a delivery report that overtook the carrier's answer to the send; applied once the send is
 *                       recorded
 */
@Document("messaging_outbox")
record OutboxEntry(
        @Id String id,
        String idempotencyKey,
        Channel channel,
        String to,
        @Nullable String secondParty,
        String text,
        String languageTag,
        int gatherDigits,
        boolean gatherSpeech,
        Urgency urgency,
        boolean ignoresOptOut,
        DeliveryStatus status,
        Instant createdAt,
        Instant dueAt,
        int attempts,
        @Nullable String leaseOwner,
        @Nullable Instant leaseUntil,
        @Nullable Instant claimedAt,
        @Nullable String carrierId,
        @Nullable String failure,
        boolean uncertain,
        @Nullable DeliveryStatus earlyReport,
        @Nullable String earlyFailure) {

    static final String COLLECTION = "messaging_outbox";

    PhoneNumber recipient() {
        return new PhoneNumber(to);
    }

    MessageId messageId() {
        return new MessageId(id);
    }

    MessageState state() {
        return new MessageState(messageId(), channel, recipient(), status, attempts, createdAt, dueAt, carrierId,
                failure);
    }
}
