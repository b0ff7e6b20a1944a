package org.tomoni.messaging.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.InboundCallReceived;
import org.tomoni.messaging.KeysPressed;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.PhoneNumber;

/** What happens on calls, from Twilio's voice webhooks or a simulated phone: each event acted on once. */
@Component
class CallEvents {

    private final WebhookReceipts receipts;
    private final InboundTexts inbound;
    private final ApplicationEventPublisher events;

    CallEvents(WebhookReceipts receipts, InboundTexts inbound, ApplicationEventPublisher events) {
        this.receipts = receipts;
        this.inbound = inbound;
        this.events = events;
    }

    void answered(MessageId call, PhoneNumber callee, String digits, String speech, String carrierId) {
        if (receipts.firstTime("gather:" + carrierId + ":" + call.value())) {
            events.publishEvent(new KeysPressed(call, callee, digits.strip(), speech.strip()));
        }
    }

    void rang(PhoneNumber caller, String carrierId) {
        if (receipts.firstTime("call:" + carrierId)) {
            events.publishEvent(new InboundCallReceived(caller, carrierId, inbound.personWith(caller).orElse(null)));
        }
    }
}
