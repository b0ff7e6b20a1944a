package org.tomoni.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.tomoni.messaging.CallBridge;
import org.tomoni.messaging.Channel;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.MessageState;
import org.tomoni.messaging.MessageRecord;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundCall;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.QuietHours;
import org.tomoni.messaging.Urgency;
import org.tomoni.messaging.VoicePrompt;

/** {@link Messages} on the outbox: a message is a document first, and only then something sent. */
@Service
class OutboxMessages implements Messages {

    private final Outbox outbox;
    private final OutboxWorker worker;
    private final OptOuts optOuts;
    private final TwilioProperties twilio;
    private final Clock clock;
    private final MessageHistory history;

    OutboxMessages(Outbox outbox, OutboxWorker worker, OptOuts optOuts, TwilioProperties twilio, Clock clock,
                   MessageHistory history) {
        this.history = history;
        this.outbox = outbox;
        this.worker = worker;
        this.optOuts = optOuts;
        this.twilio = twilio;
        this.clock = clock;
    }

    @Override
    public MessageId send(OutboundSms sms) {
        return enqueue(sms.idempotencyKey(), Channel.SMS, sms.to(), null, sms.body(), "", 0, false, sms.urgency(),
                sms.quietHours(), false);
    }

    /** A reply that must reach even an opted-out number: the confirmation of its own STOP, or a HELP answer. */
    MessageId sendComplianceReply(PhoneNumber to, String body, String idempotencyKey) {
        return enqueue(idempotencyKey, Channel.SMS, to, null, body, "", 0, false, Urgency.URGENT, null, true);
    }

    @Override
    public MessageId call(OutboundCall call) {
        VoicePrompt prompt = call.prompt();
        return enqueue(call.idempotencyKey(), Channel.CALL, call.to(), null, prompt.text(), prompt.languageTag(),
                prompt.gatherDigits(), prompt.gatherSpeech(), call.urgency(), call.quietHours(), false);
    }

    @Override
    public MessageId bridge(CallBridge bridge) {
        VoicePrompt announcement = bridge.announcement();
        return enqueue(bridge.idempotencyKey(), Channel.BRIDGE, bridge.first(), bridge.second(), announcement.text(),
                announcement.languageTag(), 0, false, Urgency.URGENT, null, false);
    }

    @Override
    public Optional<MessageState> state(MessageId id) {
        return outbox.find(id).map(OutboxEntry::state);
    }

    @Override
    public boolean isOptedOut(PhoneNumber number) {
        return optOuts.isOptedOut(number);
    }

    @Override
    public Set<PhoneNumber> optedOut(Collection<PhoneNumber> numbers) {
        return optOuts.optedOut(numbers);
    }

    @Override
    public PhoneNumber tomoniNumber() {
        return new PhoneNumber(twilio.fromNumber());
    }

    private MessageId enqueue(String key, Channel channel, PhoneNumber to, @Nullable PhoneNumber second, String text,
                              String languageTag, int gatherDigits, boolean gatherSpeech, Urgency urgency,
                              @Nullable QuietHours quietHours, boolean ignoresOptOut) {
        Instant now = clock.instant();
        Instant due = urgency == Urgency.NORMAL && quietHours != null ? quietHours.nextAllowed(now) : now;
        OutboxEntry entry = new OutboxEntry(Outbox.idFor(key), key, channel, to.e164(),
                second == null ? null : second.e164(), text, languageTag, gatherDigits, gatherSpeech, urgency,
                ignoresOptOut, DeliveryStatus.PENDING, now, due, 0, null, null, null, null, null, false, null, null);
        return worker.add(entry);
    }

    @Override
    public List<MessageRecord> historyOf(PhoneNumber number) {
        return history.of(number);
    }

    @Override
    public void forget(PhoneNumber number) {
        history.forget(number);
    }
}
