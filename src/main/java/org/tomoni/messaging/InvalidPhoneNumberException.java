package org.tomoni.messaging;

/** What a person typed is not a phone number Tomoni can call or text. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    public InvalidPhoneNumberException(String typed) {
        // The typed text is kept out of the message: it may be most of somebody's real number.
        super("Not a valid phone number (" + (typed == null ? 0 : typed.length()) + " characters)");
    }
}
