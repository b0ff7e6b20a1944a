package org.tomoni.messaging;

/** The answer to an outbound call that listened: the keys pressed, or the words spoken (either may be empty). */
public record KeysPressed(MessageId call, PhoneNumber from, String digits, String speech) {
}
