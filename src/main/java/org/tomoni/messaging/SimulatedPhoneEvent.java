package org.tomoni.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing a simulated phone received or sent: a text, or a call with what it said.
 *
 * @param waitingForKeys a call that listens and has not been answered yet
 * @param answer         the keys pressed on that call
 * @param otherParty     for a bridged call: who it connects to, masked
 */
public record SimulatedPhoneEvent(String id, PhoneNumber phone, Direction direction, Channel kind, String text,
                                  String languageTag, Instant at, boolean waitingForKeys, @Nullable String answer,
                                  @Nullable String otherParty) {

    public enum Direction {
        TO_PHONE,
        FROM_PHONE
    }
}
