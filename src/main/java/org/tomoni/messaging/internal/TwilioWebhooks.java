package org.tomoni.messaging.internal;

import java.util.Optional;

import com.twilio.twiml.MessagingResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tomoni.messaging.InvalidPhoneNumberException;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.PhoneNumber;

/**
 * Twilio's webhooks. {@link TwilioSignatureFilter} has already refused anything not signed by Twilio; each event
 * is acted on once however often Twilio retries it.
 */
@RestController
@RequestMapping(path = "/twilio", produces = MediaType.APPLICATION_XML_VALUE)
class TwilioWebhooks {

    private final InboundTexts texts;
    private final CallEvents calls;
    private final DeliveryReports reports;
    private final WebhookReceipts receipts;
    private final Outbox outbox;
    private final VoiceScripts scripts;

    TwilioWebhooks(InboundTexts texts, CallEvents calls, DeliveryReports reports, WebhookReceipts receipts,
                   Outbox outbox, VoiceScripts scripts) {
        this.texts = texts;
        this.calls = calls;
        this.reports = reports;
        this.receipts = receipts;
        this.outbox = outbox;
        this.scripts = scripts;
    }

    @PostMapping("/sms")
    String sms(@RequestParam("From") String from, @RequestParam(name = "Body", defaultValue = "") String body,
               @RequestParam("MessageSid") String messageSid) {
        sender(from).ifPresent(number -> texts.receive(number, body, messageSid));
        // Replies go through the outbox (rate, retries, exactly once), never inline.
        return new MessagingResponse.Builder().build().toXml();
    }

    @PostMapping("/voice/inbound")
    String inboundCall(@RequestParam("From") String from, @RequestParam("CallSid") String callSid) {
        sender(from).ifPresent(number -> calls.rang(number, callSid));
        return scripts.inboundGreeting();
    }

    @PostMapping("/voice/outbound/{id}")
    String outboundCall(@PathVariable String id) {
        return outbox.find(new MessageId(id)).map(scripts::prompt).orElseGet(scripts::empty);
    }

    @PostMapping("/voice/bridge/{id}")
    String bridge(@PathVariable String id) {
        return outbox.find(new MessageId(id)).map(scripts::bridge).orElseGet(scripts::empty);
    }

    @PostMapping("/voice/gather/{id}")
    String gathered(@PathVariable String id, @RequestParam("CallSid") String callSid, @RequestParam("To") String to,
                    @RequestParam(name = "Digits", defaultValue = "") String digits,
                    @RequestParam(name = "SpeechResult", defaultValue = "") String speech) {
        Optional<OutboxEntry> call = outbox.find(new MessageId(id));
        if (call.isEmpty()) {
            return scripts.empty();
        }
        sender(to).ifPresent(callee -> calls.answered(call.get().messageId(), callee, digits, speech, callSid));
        return scripts.thanksAfterAnswer(call.get().languageTag());
    }

    @PostMapping(path = "/status/{id}", produces = MediaType.TEXT_PLAIN_VALUE)
    String status(@PathVariable String id,
                  @RequestParam(name = "MessageSid", required = false) String messageSid,
                  @RequestParam(name = "CallSid", required = false) String callSid,
                  @RequestParam(name = "MessageStatus", required = false) String messageStatus,
                  @RequestParam(name = "CallStatus", required = false) String callStatus,
                  @RequestParam(name = "ErrorCode", defaultValue = "") String errorCode) {
        String sid = messageSid != null ? messageSid : callSid;
        String status = messageStatus != null ? messageStatus : callStatus;
        if (sid != null && status != null && receipts.firstTime("status:" + sid + ":" + status)) {
            reports.record(new MessageId(id), status, errorCode);
        }
        return "";
    }

    /** Withheld and malformed caller ids ("anonymous", "+266696687") cannot be answered and are not recorded. */
    private static Optional<PhoneNumber> sender(String number) {
        try {
            return Optional.of(PhoneNumber.parse(number, "ZZ"));
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
    }
}
