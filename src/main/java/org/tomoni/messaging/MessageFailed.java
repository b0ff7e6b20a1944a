package org.tomoni.messaging;

/** An outbound message will not arrive: permanent error, opted-out number, or retries exhausted. */
public record MessageFailed(MessageId id, PhoneNumber to, String reason) {
}
