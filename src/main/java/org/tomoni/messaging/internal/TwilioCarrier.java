package org.tomoni.messaging.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import org.tomoni.messaging.Channel;

/** Texts and calls through the real Twilio API. */
final class TwilioCarrier implements Carrier {

    private final TwilioRestClient client;
    private final TwilioProperties twilio;

    TwilioCarrier(TwilioRestClient client, TwilioProperties twilio) {
        this.client = client;
        this.twilio = twilio;
    }

    @Override
    public String send(OutboxEntry message) throws CarrierException {
        try {
            return switch (message.channel()) {
                case SMS -> sms(message).create(client).getSid();
                case CALL -> Call.creator(to(message.to()), from(),
                                URI.create(twilio.callbackUrl("/twilio/voice/outbound/" + message.id())))
                        .setStatusCallback(URI.create(twilio.callbackUrl("/twilio/status/" + message.id())))
                        .create(client).getSid();
                case BRIDGE -> Call.creator(to(message.to()), from(),
                                URI.create(twilio.callbackUrl("/twilio/voice/bridge/" + message.id())))
                        .setStatusCallback(URI.create(twilio.callbackUrl("/twilio/status/" + message.id())))
                        .create(client).getSid();
            };
        } catch (TwilioException e) {
            throw classify(e);
        }
    }

    @Override
    public Optional<String> findAlreadySent(OutboxEntry message, Instant since) throws CarrierException {
        Instant from = since.minusSeconds(60);
        try {
            if (message.channel() == Channel.SMS) {
                for (Message sent : Message.reader().setTo(to(message.to())).limit(50).read(client)) {
                    if (sent.getDateCreated() != null && !sent.getDateCreated().toInstant().isBefore(from)
                            && Objects.equals(sent.getBody(), message.text())) {
                        return Optional.of(sent.getSid());
                    }
                }
                return Optional.empty();
            }
            for (Call call : Call.reader().setTo(to(message.to()))
                    .setStartTimeAfter(from.atZone(ZoneOffset.UTC)).limit(50).read(client)) {
                return Optional.of(call.getSid());
            }
            return Optional.empty();
        } catch (TwilioException e) {
            throw classify(e);
        }
    }

    @Override
    public String senderKey() {
        return TwilioProperties.hasText(twilio.messagingServiceSid()) ? twilio.messagingServiceSid() : twilio.fromNumber();
    }

    private MessageCreator sms(OutboxEntry message) {
        URI statusCallback = URI.create(twilio.callbackUrl("/twilio/status/" + message.id()));
        MessageCreator creator = TwilioProperties.hasText(twilio.messagingServiceSid())
                ? Message.creator(to(message.to()), twilio.messagingServiceSid(), message.text())
                : Message.creator(to(message.to()), from(), message.text());
        return creator.setStatusCallback(statusCallback);
    }

    private com.twilio.type.PhoneNumber from() {
        return new com.twilio.type.PhoneNumber(twilio.fromNumber());
    }

    private static com.twilio.type.PhoneNumber to(String e164) {
        return new com.twilio.type.PhoneNumber(e164);
    }

    static CarrierException classify(TwilioException e) {
        if (e instanceof ApiConnectionException) {
            return CarrierException.noAnswer("Twilio did not answer: " + e.getMessage(), e);
        }
        if (e instanceof ApiException api) {
            int status = api.getStatusCode() == null ? 0 : api.getStatusCode();
            int code = api.getCode() == null ? 0 : api.getCode();
            String description = "Twilio " + status + (code > 0 ? " error " + code : "") + ": " + api.getMessage();
            if (status == 0) {
                // no HTTP answer at all (a timeout, a dropped connection): Twilio may have the message
                return CarrierException.noAnswer(description, e);
            }
            if (status == 429 || status >= 500) {
                return CarrierException.transientFailure(description, e);
            }
            return CarrierException.permanentFailure(description, e);
        }
        return CarrierException.noAnswer("Twilio: " + e.getMessage(), e);
    }
}
