package org.tomoni.messaging;

/** The number texted STOP: Tomoni sends it nothing more until it texts START. */
public record NumberOptedOut(PhoneNumber number) {
}
