package org.tomoni.messaging;

/** An outbound message moved on (sent, delivered, undelivered ...). */
public record MessageStatusChanged(MessageId id, PhoneNumber to, DeliveryStatus status) {
}
