package org.tomoni.storage;

/**
 * Work a module does with the store once Tomoni has started: seeding, repairing an index, telling people what a
 * crash kept from them. A store that cannot be reached yet (a replica set still electing) must not stop Tomoni
 * from starting, so each piece is tried at start and again every half minute until it has run once. Pieces run in
 * their {@code @Order}.
 */
public interface StartupWork {

    /** What it does, for the log: "check the candidate index". */
    String description();

    void run();
}
