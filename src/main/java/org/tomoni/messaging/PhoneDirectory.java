package org.tomoni.messaging;

import java.util.Optional;

/**
 * Implemented by the module that knows people (accounts), so inbound texts and calls name their sender. Without
 * one, senders stay anonymous numbers.
 */
public interface PhoneDirectory {

    Optional<String> personWith(PhoneNumber number);
}
