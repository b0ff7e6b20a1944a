package org.tomoni.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What Tomoni knows about one outbound message. */
public record MessageState(MessageId id, Channel channel, PhoneNumber to, DeliveryStatus status, int attempts,
                           Instant createdAt, Instant dueAt, @Nullable String carrierId, @Nullable String failure) {
}
