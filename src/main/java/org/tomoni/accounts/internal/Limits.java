package org.tomoni.accounts.internal;

import java.time.Duration;

/**
 * How often sign-in may be tried. Generous enough that a person with shaky fingers never meets them, tight enough
 * that guessing a six-digit code, a PIN or three pictures is hopeless.
 */
final class Limits {

    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Codes sent to one number: a person who did not get the first may ask twice more. */
    static final Throttle.Limit CODES_PER_NUMBER = new Throttle.Limit("codes-number", 3, WINDOW);
    /** Codes asked for from one address (a library's shared connection serves several people). */
    static final Throttle.Limit CODES_PER_ADDRESS = new Throttle.Limit("codes-address", 30, WINDOW);
    /** Wrong codes, PINs, passwords or pictures for one person. */
    static final Throttle.Limit FAILURES_PER_PERSON = new Throttle.Limit("failures-person", 5, WINDOW);
    /** Wrong answers of any kind from one address: a school or library puts a whole room behind one. */
    static final Throttle.Limit FAILURES_PER_ADDRESS = new Throttle.Limit("failures-address", 100, WINDOW);
    /** Wrong class codes from one address. */
    static final Throttle.Limit CLASS_CODES_PER_ADDRESS = new Throttle.Limit("class-codes-address", 30, WINDOW);

    private Limits() {
    }
}
