package org.tomoni.lessons;

/** Whom a lesson is written for. */
public enum Audience {
    SENIOR,
    YOUTH,
    ALL
}
