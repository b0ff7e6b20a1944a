package org.tomoni.accounts;

import java.util.UUID;

/** Identifies a class of students. */
public record ClassroomId(String value) {

    public ClassroomId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A classroom id must not be blank");
        }
    }

    public static ClassroomId newId() {
        return new ClassroomId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
