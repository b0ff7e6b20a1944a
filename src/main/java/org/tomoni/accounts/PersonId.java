package org.tomoni.accounts;

import java.util.UUID;

/** Identifies a person everywhere in Tomoni; other modules keep this, never a name or a number. */
public record PersonId(String value) {

    public PersonId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A person id must not be blank");
        }
    }

    public static PersonId newId() {
        return new PersonId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
