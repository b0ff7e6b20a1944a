package org.tomoni.messaging.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.NumberOptedIn;
import org.tomoni.messaging.NumberOptedOut;
import org.tomoni.messaging.PhoneDirectory;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.SmsReceived;

/**
 * A text that reached the Tomoni number, from Twilio's webhook or a simulated phone: the same logic for both.
 * A message that is only a keyword is about consent and is answered here; anything else is published for the
 * modules that act on it ("HELP my LINE won't open" is a help request, not the HELP keyword).
 */
@Component
class InboundTexts {

    static final Set<String> STOP = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "停止", "配信停止");
    static final Set<String> START = Set.of("START", "UNSTOP", "再開", "開始");
    static final Set<String> HELP = Set.of("HELP", "INFO", "ヘルプ");

    private final WebhookReceipts receipts;
    private final OptOuts optOuts;
    private final OutboxMessages messages;
    private final I18NProvider texts;
    private final ObjectProvider<PhoneDirectory> directory;
    private final ApplicationEventPublisher events;

    InboundTexts(WebhookReceipts receipts, OptOuts optOuts, OutboxMessages messages, I18NProvider texts,
                 ObjectProvider<PhoneDirectory> directory, ApplicationEventPublisher events) {
        this.receipts = receipts;
        this.optOuts = optOuts;
        this.messages = messages;
        this.texts = texts;
        this.directory = directory;
        this.events = events;
    }

    /** Handles a text once, however often it is delivered; {@code carrierId} is Twilio's {@code MessageSid}. */
    void receive(PhoneNumber from, String body, String carrierId) {
        if (!receipts.firstTime("sms:" + carrierId)) {
            return;
        }
        // NFKC: full-width "ＳＴＯＰ" from a Japanese keyboard is STOP too
        String keyword = Normalizer.normalize(body, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        Locale language = writtenInJapanese(body) ? Locale.JAPANESE : Locale.ENGLISH;
        if (STOP.contains(keyword)) {
            optOuts.optOut(from);
            reply(from, "messaging.sms.stopped", language, carrierId);
            events.publishEvent(new NumberOptedOut(from));
        } else if (START.contains(keyword)) {
            optOuts.optIn(from);
            reply(from, "messaging.sms.started", language, carrierId);
            events.publishEvent(new NumberOptedIn(from));
        } else if (HELP.contains(keyword)) {
            reply(from, "messaging.sms.help", language, carrierId);
        } else {
            events.publishEvent(new SmsReceived(from, body.strip(), carrierId, personWith(from).orElse(null)));
        }
    }

    Optional<String> personWith(PhoneNumber number) {
        PhoneDirectory people = directory.getIfAvailable();
        return people == null ? Optional.empty() : people.personWith(number);
    }

    private void reply(PhoneNumber to, String key, Locale language, String inReplyTo) {
        messages.sendComplianceReply(to, texts.getTranslation(key, language), "reply:" + inReplyTo);
    }

    private static boolean writtenInJapanese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
