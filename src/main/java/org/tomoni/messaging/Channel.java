package org.tomoni.messaging;

/** How a message reaches a phone. */
public enum Channel {
    SMS,
    CALL,
    BRIDGE
}
