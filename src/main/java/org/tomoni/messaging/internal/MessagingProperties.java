package org.tomoni.messaging.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox works.
 *
 * @param workers          sending threads per node (0: this node only receives; tests drive sending by hand)
 * @param pollInterval     how often the outbox is searched for due messages no worker here was handed (those of a
 *                         node that died, those from before a restart): a message is handed to a worker here when
 *                         it falls due — at once, after its quiet hours, at its retry
 * @param lease            how long a claimed message belongs to its node; must exceed the carrier's timeout
 * @param maxAttempts      tries for a message that keeps failing with a transient error
 * @param firstRetryDelay  wait before the second try; doubles each time, with jitter
 * @param maxRetryDelay    the longest wait between tries
 * @param sendRatePerSecond texts and calls per second per sender number (Twilio long codes: about 1); 0 = no limit
 * @param keepFinishedFor  how long sent and failed messages stay in the outbox before they are removed
 * @param simulatorForEveryone whether anyone, not only administrators, may open the phone simulator (it shows
 *                         every text, sign-in codes included); when not set, only with the embedded database — the
 *                         demo
 */
@ConfigurationProperties("tomoni.messaging")
public record MessagingProperties(
        @DefaultValue("2") int workers,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("2s") Duration firstRetryDelay,
        @DefaultValue("10m") Duration maxRetryDelay,
        @DefaultValue("1.0") double sendRatePerSecond,
        @DefaultValue("30d") Duration keepFinishedFor,
        @Nullable Boolean simulatorForEveryone) {
}
