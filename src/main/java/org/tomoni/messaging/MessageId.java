package org.tomoni.messaging;

/** Identifies one outbound text or call from the moment it is written to the outbox. */
public record MessageId(String value) {
}
