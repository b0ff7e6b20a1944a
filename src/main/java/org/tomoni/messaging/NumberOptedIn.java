package org.tomoni.messaging;

/** The number texted START after a STOP. */
public record NumberOptedIn(PhoneNumber number) {
}
