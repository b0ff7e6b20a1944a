package org.tomoni.messaging;

import org.jspecify.annotations.Nullable;

/** Somebody rang the Tomoni number. */
public record InboundCallReceived(PhoneNumber from, String carrierId, @Nullable String personId) {
}
