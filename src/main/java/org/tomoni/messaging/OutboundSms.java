package org.tomoni.messaging;

import org.jspecify.annotations.Nullable;

/**
 * A text to send.
 *
 * @param idempotencyKey the same key always means the same message: sending it twice sends it once. No personal
 *                       data: the key outlives {@link Messages#forget}
 * @param quietHours     the recipient's, or {@code null}; honoured unless the text is urgent
 */
public record OutboundSms(PhoneNumber to, String body, Urgency urgency, @Nullable QuietHours quietHours,
                          String idempotencyKey) {

    public OutboundSms {
        requireText(body, "body");
        requireText(idempotencyKey, "idempotencyKey");
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
