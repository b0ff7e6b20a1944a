package org.tomoni.messaging;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The one way other modules reach phones. Every method returns as soon as the message is safely in the outbox;
 * sending happens in the background, exactly once per idempotency key, respecting opt-outs, quiet hours and the
 * sender's rate. Outcomes arrive as {@link MessageStatusChanged} and {@link MessageFailed} events.
 */
public interface Messages {

    MessageId send(OutboundSms sms);

    MessageId call(OutboundCall call);

    MessageId bridge(CallBridge bridge);

    Optional<MessageState> state(MessageId id);

    /** The number texted STOP and has not texted START since. */
    boolean isOptedOut(PhoneNumber number);

    /** Those of the numbers that texted STOP and have not texted START since, in one look. */
    Set<PhoneNumber> optedOut(Collection<PhoneNumber> numbers);

    /** The number people see when Tomoni texts or calls them. */
    PhoneNumber tomoniNumber();

    /** Every message kept that went to the number or came from it, oldest first. */
    List<MessageRecord> historyOf(PhoneNumber number);

    /**
     * Removes what links kept messages to the number: texts and numbers are erased (the anonymous counts of what
     * was sent remain), messages not sent yet never will be, and simulated phones forget it. An opt-out (STOP)
     * stays: it is the number owner's instruction never to be texted, which outlives any account.
     */
    void forget(PhoneNumber number);
}
