package org.tomoni.help;

public enum HelpStatus {
    /** Offers are going out; nobody has said yes yet. */
    FINDING,
    /** A volunteer is helping. */
    ACCEPTED,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == FINDING || this == ACCEPTED;
    }
}
