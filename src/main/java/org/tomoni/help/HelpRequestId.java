package org.tomoni.help;

import java.util.UUID;

public record HelpRequestId(String value) {

    public HelpRequestId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A help request id must not be blank");
        }
    }

    public static HelpRequestId newId() {
        return new HelpRequestId(UUID.randomUUID().toString());
    }
}
