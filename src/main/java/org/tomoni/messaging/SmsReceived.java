package org.tomoni.messaging;

import org.jspecify.annotations.Nullable;

/**
 * A text arrived at the Tomoni number (STOP, START and HELP are answered by messaging itself and not published).
 *
 * @param personId the known person with that number, if any
 */
public record SmsReceived(PhoneNumber from, String body, String carrierId, @Nullable String personId) {
}
