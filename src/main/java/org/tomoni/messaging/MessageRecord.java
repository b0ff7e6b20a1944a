package org.tomoni.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One message Tomoni sent to a number or received from it, as kept: for a person's "download my data".
 *
 * @param status how far an outgoing message got; {@code null} for one received
 */
public record MessageRecord(Instant at, Direction direction, Channel channel, String text,
                            @Nullable DeliveryStatus status) {

    public enum Direction {
        TO_PHONE,
        FROM_PHONE
    }
}
