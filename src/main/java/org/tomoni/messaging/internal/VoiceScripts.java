package org.tomoni.messaging.internal;

import java.util.List;
import java.util.Locale;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Say;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.PhoneNumber;

/** The TwiML Tomoni's calls follow, built with the SDK's TwiML classes. */
@Component
class VoiceScripts {

    private final I18NProvider texts;
    private final TwilioProperties twilio;

    VoiceScripts(I18NProvider texts, TwilioProperties twilio) {
        this.texts = texts;
        this.twilio = twilio;
    }

    /** An outbound call: say the prompt; if it listens, take keys (or speech) while it is still speaking. */
    String prompt(OutboxEntry call) {
        Say say = say(call.text(), call.languageTag());
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (call.gatherDigits() > 0 || call.gatherSpeech()) {
            Gather.Builder gather = new Gather.Builder()
                    .action(twilio.callbackUrl("/twilio/voice/gather/" + call.id()))
                    .method(HttpMethod.POST)
                    .inputs(call.gatherSpeech() ? List.of(Gather.Input.DTMF, Gather.Input.SPEECH) : List.of(Gather.Input.DTMF))
                    .language(isJapanese(call.languageTag()) ? Gather.Language.JA_JP : Gather.Language.EN_US)
                    .timeout(10)
                    .say(say);
            if (call.gatherDigits() > 0) {
                gather.numDigits(call.gatherDigits());
            }
            response.gather(gather.build())
                    .say(say(text("messaging.voice.no-answer", call.languageTag()), call.languageTag()));
        } else {
            response.say(say);
        }
        return response.hangup(new Hangup.Builder().build()).build().toXml();
    }

    /** A bridge: tell the first person who they are being connected to, then dial the second from the Tomoni number. */
    String bridge(OutboxEntry bridge) {
        Dial dial = new Dial.Builder()
                .callerId(twilio.fromNumber())
                .number(new Number.Builder(new PhoneNumber(bridge.secondParty()).e164()).build())
                .build();
        return new VoiceResponse.Builder()
                .say(say(bridge.text(), bridge.languageTag()))
                .dial(dial)
                .build().toXml();
    }

    String thanksAfterAnswer(String languageTag) {
        return sayAndHangUp(text("messaging.voice.thanks", languageTag), languageTag);
    }

    /** Somebody rang the Tomoni number: greet them in Japanese, then in English. */
    String inboundGreeting() {
        return new VoiceResponse.Builder()
                .say(say(text("messaging.voice.inbound-greeting", "ja-JP"), "ja-JP"))
                .say(say(text("messaging.voice.inbound-greeting", "en-US"), "en-US"))
                .hangup(new Hangup.Builder().build())
                .build().toXml();
    }

    String empty() {
        return new VoiceResponse.Builder().build().toXml();
    }

    private String sayAndHangUp(String text, String languageTag) {
        return new VoiceResponse.Builder()
                .say(say(text, languageTag))
                .hangup(new Hangup.Builder().build())
                .build().toXml();
    }

    private static Say say(String text, String languageTag) {
        return new Say.Builder(text).language(isJapanese(languageTag) ? Say.Language.JA_JP : Say.Language.EN_US).build();
    }

    private String text(String key, String languageTag) {
        return texts.getTranslation(key, Locale.forLanguageTag(languageTag));
    }

    static boolean isJapanese(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("ja");
    }
}
