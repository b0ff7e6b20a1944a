package org.tomoni.messaging.internal;

import java.time.Instant;
import java.util.Optional;

/** The port to whatever actually reaches phones: Twilio, or the phone simulator. */
interface Carrier {

    /** Hands the message over and returns the carrier's id for it ({@code SM...} / {@code CA...}). */
    String send(OutboxEntry message) throws CarrierException;

    /**
     * Whether this message already reached the carrier since {@code since}: asked before re-sending a message whose
     * node died mid-send, so that it is never sent twice.
     */
    Optional<String> findAlreadySent(OutboxEntry message, Instant since) throws CarrierException;

    /** The key the send rate is limited by: the sender number or messaging service. */
    String senderKey();
}
