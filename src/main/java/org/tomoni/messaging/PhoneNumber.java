package org.tomoni.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number, validated and kept in E.164 ({@code +819012345678}). People type numbers in every form
 * ("090-1234-5678", "+81 90 1234 5678", "(03) 1234-5678"); {@link #parse} understands them with libphonenumber,
 * reading national numbers as Japanese unless told otherwise.
 */
public record PhoneNumber(String e164) {

    public static final String DEFAULT_REGION = "JP";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
            throw new InvalidPhoneNumberException(String.valueOf(e164));
        }
    }

    /** Parses what a person typed, national numbers read as Japanese. */
    public static PhoneNumber parse(String typed) {
        return parse(typed, DEFAULT_REGION);
    }

    public static PhoneNumber parse(String typed, String defaultRegion) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidPhoneNumberException("");
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(typed.strip(), defaultRegion);
            if (!UTIL.isValidNumber(parsed)) {
                throw new InvalidPhoneNumberException(typed);
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(typed);
        }
    }

    /** Whether a text to this number can reach a mobile phone (fixed lines cannot receive SMS). */
    public boolean canReceiveSms() {
        try {
            var type = UTIL.getNumberType(UTIL.parse(e164, null));
            return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.UNKNOWN;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** How everybody but the number's owner sees it: only the last four digits, e.g. {@code •••• ••• 1234}. */
    public String masked() {
        return "•••• ••• " + e164.substring(e164.length() - 4);
    }

    /** How the owner sees their own number, in the familiar national or international form. */
    public String formattedForOwner() {
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(e164, null);
            boolean japanese = parsed.getCountryCode() == UTIL.getCountryCodeForRegion(DEFAULT_REGION);
            return UTIL.format(parsed, japanese ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** Never the full number: logs and exceptions only ever need to tell numbers apart. */
    @Override
    public String toString() {
        return masked();
    }
}
