package org.tomoni.shell;

import java.util.UUID;

/**
 * A short code shown to a person when something breaks and written to the log beside the details, so staff can
 * find exactly what happened from what the person reads out to them.
 */
public final class IncidentReference {

    private IncidentReference() {
    }

    public static String next() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
