package org.tomoni.messaging;

/**
 * Connects two people by phone without either seeing the other's number: Tomoni calls {@code first}, says the
 * announcement, then dials {@code second} showing the Tomoni number.
 */
public record CallBridge(PhoneNumber first, PhoneNumber second, VoicePrompt announcement, String idempotencyKey) {

    public CallBridge {
        OutboundSms.requireText(idempotencyKey, "idempotencyKey");
        if (first.equals(second)) {
            throw new IllegalArgumentException("A call cannot bridge a number to itself");
        }
    }
}
