package org.tomoni.accounts;

/** What became of a request for a code by SMS. */
public sealed interface CodeRequest {

    /**
     * A code is on its way — or, when the number has no account, a text saying so, so this page never tells a
     * stranger whether a number is registered.
     */
    record Sent(String maskedNumber, long validForMinutes) implements CodeRequest {
    }

    /** Too many codes asked for this number or from this place; try again after the given minutes. */
    record Throttled(long minutes) implements CodeRequest {
    }

    /** Not a phone number we could read. */
    record InvalidNumber() implements CodeRequest {
    }

    /** A number that cannot receive texts, such as a landline. */
    record CannotReceiveTexts() implements CodeRequest {
    }
}
