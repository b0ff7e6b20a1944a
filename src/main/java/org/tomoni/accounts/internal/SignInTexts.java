package org.tomoni.accounts.internal;

import java.util.UUID;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.Urgency;
import org.tomoni.shell.Language;

/** The short texts sign-in sends, in the person's language, through the messaging module. */
@Component
class SignInTexts {

    private final Messages messages;
    private final I18NProvider translations;

    SignInTexts(Messages messages, I18NProvider translations) {
        this.messages = messages;
        this.translations = translations;
    }

    /** Urgent: the person is waiting at the screen for it, quiet hours or not. */
    void sendCode(PhoneNumber to, String code, String idempotencyKey, Language language) {
        String body = translations.getTranslation("accounts.sms.code", language.locale(), code,
                SignInCodes.LIFETIME.toMinutes());
        messages.send(new OutboundSms(to, body, Urgency.URGENT, null, "sign-in-code:" + idempotencyKey));
    }

    /** Someone asked for a sign-in code for a number with no account: tell its owner how to join instead. */
    void sendNoAccount(PhoneNumber to, Language language) {
        String body = translations.getTranslation("accounts.sms.no-account", language.locale());
        messages.send(new OutboundSms(to, body, Urgency.URGENT, null, "no-account:" + UUID.randomUUID()));
    }
}
