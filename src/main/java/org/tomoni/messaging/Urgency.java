package org.tomoni.messaging;

/** Urgent messages (a learner waiting for help now, a scam alert) go out even in the recipient's quiet hours. */
public enum Urgency {
    URGENT,
    NORMAL
}
