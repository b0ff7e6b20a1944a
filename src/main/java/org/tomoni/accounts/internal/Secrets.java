package org.tomoni.accounts.internal;

import java.util.Locale;
import java.util.Set;

import org.tomoni.accounts.MyAccount;

/**
 * What makes a PIN or password acceptable. Length over complexity rules (NIST SP 800-63B): long passwords are
 * welcome, password managers and pasting work, and only the guessable is refused.
 */
final class Secrets {

    static final int PASSWORD_MIN_LENGTH = 10;

    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "password", "password1", "password12", "password123", "1234567890", "0123456789", "123456789a",
            "qwertyuiop", "iloveyou12", "abcdefghij", "passw0rd12", "tomonitomoni", "welcome123", "letmein123",
            "sakura1234", "9876543210", "1111111111", "0000000000");

    private Secrets() {
    }

    static MyAccount.PinChange checkPin(String pin, String repeated) {
        if (!pin.matches("[0-9]{4,8}")) {
            return MyAccount.PinChange.NOT_FOUR_TO_EIGHT_DIGITS;
        }
        if (isOneDigitRepeated(pin) || isStraightRun(pin)) {
            return MyAccount.PinChange.TOO_EASY_TO_GUESS;
        }
        if (!pin.equals(repeated)) {
            return MyAccount.PinChange.NOT_THE_SAME;
        }
        return MyAccount.PinChange.SAVED;
    }

    static MyAccount.PasswordChange checkPassword(String password) {
        if (password.codePointCount(0, password.length()) < PASSWORD_MIN_LENGTH) {
            return MyAccount.PasswordChange.TOO_SHORT;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower) || isOneDigitRepeated(lower) || isStraightRun(lower)) {
            return MyAccount.PasswordChange.TOO_COMMON;
        }
        return MyAccount.PasswordChange.SAVED;
    }

    private static boolean isOneDigitRepeated(String value) {
        return value.chars().distinct().count() == 1;
    }

    /** 1234, 4321, abcdef: each character one above (or below) the one before. */
    private static boolean isStraightRun(String value) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < value.length(); i++) {
            int step = value.charAt(i) - value.charAt(i - 1);
            up &= step == 1;
            down &= step == -1;
        }
        return up || down;
    }
}
