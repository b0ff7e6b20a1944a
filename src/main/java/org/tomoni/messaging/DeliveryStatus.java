package org.tomoni.messaging;

/** Where an outbound message stands. The last four are final. */
public enum DeliveryStatus {
    /** In the outbox, due now or (quiet hours, back-off) later. */
    PENDING,
    /** Claimed by a node, being handed to the carrier. */
    SENDING,
    /** The carrier has it. */
    SENT,
    DELIVERED,
    UNDELIVERED,
    FAILED,
    /** The number has opted out (STOP): nothing was sent. */
    BLOCKED;

    public boolean isFinal() {
        return this == DELIVERED || this == UNDELIVERED || this == FAILED || this == BLOCKED;
    }
}
