package org.tomoni.messaging;

import org.jspecify.annotations.Nullable;

/** A call that plays a message and may gather a key press or a spoken answer ({@link KeysPressed}). */
public record OutboundCall(PhoneNumber to, VoicePrompt prompt, Urgency urgency, @Nullable QuietHours quietHours,
                           String idempotencyKey) {

    public OutboundCall {
        OutboundSms.requireText(idempotencyKey, "idempotencyKey");
    }
}
