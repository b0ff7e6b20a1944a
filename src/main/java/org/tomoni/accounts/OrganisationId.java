package org.tomoni.accounts;

/** Identifies a municipality, NPO, library or school that runs part of Tomoni. */
public record OrganisationId(String value) {

    public OrganisationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An organisation id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
