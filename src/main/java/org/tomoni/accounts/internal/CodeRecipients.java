package org.tomoni.accounts.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.messaging.InvalidPhoneNumberException;
import org.tomoni.messaging.PhoneNumber;

/**
 * Decides whether a code may be texted to a typed number now: it must read as a number, be able to receive texts,
 * and neither the number nor the place asking may have had their share of codes. Every way of asking for a code
 * (sign-in, sign-up, adding a number) goes through here, so all keep the same limits.
 */
@Component
class CodeRecipients {

    private final Throttle throttle;
    private final ClientAddress clientAddress;

    CodeRecipients(Throttle throttle, ClientAddress clientAddress) {
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    /** @param alsoLimited further keys that share the number's limit, such as the person asking */
    Recipient check(String typedNumber, String... alsoLimited) {
        Optional<PhoneNumber> phone = parse(typedNumber);
        if (phone.isEmpty()) {
            return Recipient.refused(new CodeRequest.InvalidNumber());
        }
        if (!phone.get().canReceiveSms()) {
            return Recipient.refused(new CodeRequest.CannotReceiveTexts());
        }
        boolean allowed = throttle.tryAcquire("address:" + clientAddress.current(), Limits.CODES_PER_ADDRESS)
                && throttle.tryAcquire(phoneKey(phone.get()), Limits.CODES_PER_NUMBER);
        for (String key : alsoLimited) {
            allowed = allowed && throttle.tryAcquire(key, Limits.CODES_PER_NUMBER);
        }
        return allowed ? new Recipient(phone.get(), null)
                : Recipient.refused(new CodeRequest.Throttled(Limits.WINDOW.toMinutes()));
    }

    /** The code is on its way to the number; the page shows it masked. */
    static CodeRequest sent(PhoneNumber phone) {
        return new CodeRequest.Sent(phone.masked(), SignInCodes.LIFETIME.toMinutes());
    }

    static String phoneKey(PhoneNumber phone) {
        return "phone:" + phone.e164();
    }

    static Optional<PhoneNumber> parse(String typedNumber) {
        try {
            return Optional.of(PhoneNumber.parse(typedNumber));
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
    }

    /** Where the code may go, or why it may not. */
    record Recipient(@Nullable PhoneNumber phone, @Nullable CodeRequest refusal) {

        static Recipient refused(CodeRequest refusal) {
            return new Recipient(null, refusal);
        }
    }
}
